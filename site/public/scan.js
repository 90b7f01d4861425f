// Scan pages /F/{CODE}/: the browser's preferred languages first, the last choice remembered,
// a known or preferred (non-German) language opened directly; "#choose" always shows the
// chooser. One anonymous, cookie-free count per scan (see README "Forms"), if configured.
;(function () {
  var list = document.getElementById('l')
  if (!list) return
  var links = [].slice.call(list.getElementsByTagName('a'))
  var key = 'wir-form-lang'
  var code = list.getAttribute('data-code')
  var beacon = list.getAttribute('data-beacon')
  var german = list.getAttribute('data-default')
  var stored
  try {
    stored = localStorage.getItem(key)
  } catch (e) {
    // Storage blocked (private mode, cookies off): no remembered choice, the chooser shows.
  }
  var preferred = (
    navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || '']
  ).map(function (tag) {
    return String(tag).toLowerCase()
  })
  function find(tag) {
    var i
    for (i = 0; i < links.length; i++) if (links[i].getAttribute('data-l') === tag) return links[i]
    tag = tag.split('-')[0]
    for (i = 0; i < links.length; i++) if (links[i].getAttribute('data-b').split('-')[0] === tag) return links[i]
  }
  var choose = location.hash === '#choose'
  if (beacon && !choose) {
    try {
      fetch(beacon, {
        method: 'POST',
        mode: 'no-cors',
        credentials: 'omit',
        keepalive: true,
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ code: code, lang: preferred[0] || '' }),
      })
    } catch (e) {
      // Counting is best effort: the reader never waits for it or sees it fail.
    }
  }
  if (!choose) {
    var target = stored && find(stored)
    if (!target && preferred[0]) {
      var match = find(preferred[0])
      if (match && match.getAttribute('data-l') !== german) target = match
    }
    if (target) {
      location.replace(target.href)
      return
    }
  }
  var order = []
  preferred.forEach(function (tag) {
    var match = find(tag)
    if (match && order.indexOf(match) < 0) order.push(match)
  })
  order.reverse().forEach(function (match) {
    list.insertBefore(match.parentNode, list.firstChild)
  })
  list.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a')
    if (link)
      try {
        localStorage.setItem(key, link.getAttribute('data-l'))
      } catch (e) {
        // Storage blocked: the choice is simply not remembered.
      }
  })
})()
