// Keeps form help pages readable offline once opened (e.g. at the office counter without
// signal): only /{locale}/formulare/{CODE}/ pages, the site's CSS and the forms' QR symbols are
// touched; everything else goes to the network as if this worker did not exist.
var CACHE = 'wir-forms-v1'
var helpPage = /^\/[^/]+\/formulare\/[0-9A-Z]+\/$/
var asset = /^\/(_astro\/[^/]+\.css|F\/[0-9A-Z]+\/qr\.svg)$/

self.addEventListener('install', function () {
  self.skipWaiting()
})
self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim())
})

// The page's own first load, handed over by form-offline-register.js; only what this worker
// would cache anyway (help pages, the site's CSS, QR symbols), so a page cannot fill the cache.
self.addEventListener('message', function (event) {
  var urls = (event.data && event.data.keep) || []
  var wanted = urls.filter(function (path) {
    return typeof path === 'string' && (helpPage.test(path) || asset.test(path))
  })
  if (wanted.length)
    event.waitUntil(
      caches.open(CACHE).then(function (cache) {
        return cache.addAll(wanted)
      }),
    )
})

self.addEventListener('fetch', function (event) {
  var request = event.request
  if (request.method !== 'GET') return
  var url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (helpPage.test(url.pathname)) {
    // Network first: a fresh page when online, the last one seen when not.
    event.respondWith(
      fetch(request)
        .then(function (response) {
          if (response.ok) {
            var copy = response.clone()
            caches.open(CACHE).then(function (cache) {
              cache.put(request, copy)
            })
          }
          return response
        })
        .catch(function () {
          return caches.match(request).then(function (hit) {
            return hit || Response.error()
          })
        }),
    )
  } else if (asset.test(url.pathname)) {
    event.respondWith(
      caches.match(request).then(function (hit) {
        return (
          hit ||
          fetch(request).then(function (response) {
            if (response.ok) {
              var copy = response.clone()
              caches.open(CACHE).then(function (cache) {
                cache.put(request, copy)
              })
            }
            return response
          })
        )
      }),
    )
  }
})
