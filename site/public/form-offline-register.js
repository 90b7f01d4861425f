// Form help pages stay readable offline once opened: register the worker that caches them, and
// hand it this page and its stylesheets at once (the very first visit loaded them before the
// worker existed, so they passed it by).
if ('serviceWorker' in navigator)
  addEventListener('load', function () {
    navigator.serviceWorker.register('/form-offline.js').catch(function () {})
    navigator.serviceWorker.ready.then(function (registration) {
      var urls = [location.pathname]
      document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
        urls.push(new URL(link.href).pathname)
      })
      if (registration.active) registration.active.postMessage({ keep: urls })
    })
  })
