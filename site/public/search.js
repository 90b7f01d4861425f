// Site search on /{locale}/suche/, on pagefind's JS API. The page renders the form (hidden until
// this runs), the filters and every interface string (data-config, from site/src/i18n); pagefind
// picks the index of the page's <html lang>. Filter values are stable keys, the same in every
// language index. Query and filters live in the address (?q=…&type=…), so a search can be shared
// and the back button works.
;(function () {
  'use strict'
  var root = document.getElementById('search')
  if (!root || !window.fetch) return
  var config = JSON.parse(root.getAttribute('data-config') || '{}')
  var form = root.querySelector('form')
  var input = form.querySelector('input[name=q]')
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'))
  var status = root.querySelector('.search-status')
  var own = root.querySelector('.search-results')
  var ownList = own.querySelector('.results')
  var moreButton = own.querySelector('.search-more')
  var other = root.querySelector('.search-other')
  var pageSize = 10
  // Fewer own results than this, and the German results are offered below.
  var fewResults = 5
  var numbers = new Intl.NumberFormat(config.numberLocale)
  var pending = []
  var shown = 0
  var generation = 0
  var bundles = {}

  form.hidden = false
  var noScriptNotice = root.parentNode.querySelector('.search-nojs')
  if (noScriptNotice) noScriptNotice.hidden = true

  function bundle(path) {
    if (!bundles[path]) {
      bundles[path] = import(path + 'pagefind.js').then(function (pagefind) {
        // Weaker page-length normalisation: short office pages would otherwise outrank the field
        // of action a word names ("education").
        return pagefind.options({ excerptLength: 24, ranking: { pageLength: 0.3 } }).then(function () {
          return pagefind
        })
      })
    }
    return bundles[path]
  }

  function currentFilters() {
    var filters = {}
    selects.forEach(function (select) {
      if (select.value) filters[select.name] = select.value
    })
    return filters
  }

  function message(key, term, count) {
    return config.status[key].replace('{term}', term).replace('{count}', numbers.format(count || 0))
  }

  /**
   * Exact code hits first ("15.3", "Dienststelle 56.1"): pagefind splits codes at the dots, so
   * "56.1" would rank 56.10 alike; the `code` filter holds each office's and form's code whole.
   */
  function search(pagefind, term, filters) {
    return pagefind
      .filters()
      .then(function (all) {
        var known = (all && all.code) || {}
        var words = term.split(/\s+/)
        var codes = [words.join(' ')].concat(words).filter(function (word, i, list) {
          return Object.prototype.hasOwnProperty.call(known, word) && list.indexOf(word) === i
        })
        var exact = codes.map(function (code) {
          return pagefind.search(null, { filters: Object.assign({}, filters, { code: code }) })
        })
        return Promise.all(exact.concat([pagefind.search(term, { filters: filters })]))
      })
      .then(function (found) {
        var seen = {}
        return found
          .reduce(function (all, response) {
            return all.concat(response.results)
          }, [])
          .filter(function (result) {
            if (seen[result.id]) return false
            seen[result.id] = true
            return true
          })
      })
  }

  function excerptNode(excerpt) {
    // pagefind marks hits with <mark>; everything else is text. Built as nodes, never as HTML.
    var p = document.createElement('p')
    p.className = 'excerpt'
    excerpt.split(/(<mark>.*?<\/mark>)/).forEach(function (part) {
      var hit = /^<mark>(.*)<\/mark>$/.exec(part)
      if (hit) {
        var mark = document.createElement('mark')
        mark.textContent = decode(hit[1])
        p.appendChild(mark)
      } else if (part) p.appendChild(document.createTextNode(decode(part)))
    })
    return p
  }

  function decode(text) {
    var area = document.createElement('textarea')
    area.innerHTML = text
    return area.value
  }

  function resultItem(data, language) {
    var li = document.createElement('li')
    var kind = document.createElement('p')
    kind.className = 'kind'
    var filters = data.filters || {}
    var labels = []
    ;(filters.type || []).forEach(function (type) {
      if (config.types[type]) labels.push(config.types[type])
    })
    // Only the other variant is named (plain German on the German page and the other way round).
    ;(filters.variant || []).forEach(function (variant) {
      if (variant !== config.locale && config.variants[variant]) labels.push(config.variants[variant])
    })
    kind.textContent = labels.join(' · ')
    var heading = document.createElement('h3')
    var link = document.createElement('a')
    link.href = data.url
    link.textContent = (data.meta && data.meta.title) || data.url
    heading.appendChild(link)
    var excerpt = excerptNode(data.excerpt || '')
    if (language) {
      ;[heading, excerpt].forEach(function (element) {
        element.lang = language.lang
        element.dir = language.dir
      })
    }
    if (labels.length) li.appendChild(kind)
    li.appendChild(heading)
    li.appendChild(excerpt)
    return li
  }

  function showMore(run) {
    var next = pending.slice(shown, shown + pageSize)
    return Promise.all(
      next.map(function (result) {
        return result.data()
      }),
    ).then(function (items) {
      if (run !== generation) return
      items.forEach(function (data) {
        ownList.appendChild(resultItem(data))
      })
      shown += items.length
      moreButton.hidden = shown >= pending.length
    })
  }

  function showOther(run, term, filters) {
    if (!other) return Promise.resolve()
    return bundle(config.other.bundle)
      .then(function (pagefind) {
        return search(pagefind, term, filters)
      })
      .then(function (results) {
        return Promise.all(
          results.slice(0, pageSize).map(function (result) {
            return result.data()
          }),
        )
      })
      .then(function (items) {
        if (run !== generation) return
        var list = other.querySelector('.results')
        list.textContent = ''
        items.forEach(function (data) {
          list.appendChild(resultItem(data, config.other))
        })
        other.hidden = items.length === 0
      })
  }

  function runSearch() {
    var term = input.value.trim()
    var filters = currentFilters()
    var run = ++generation
    var params = new URLSearchParams()
    if (term) params.set('q', term)
    Object.keys(filters).forEach(function (name) {
      params.set(name, filters[name])
    })
    history.replaceState(null, '', params.toString() ? '?' + params : location.pathname)
    ownList.textContent = ''
    own.hidden = true
    if (other) other.hidden = true
    moreButton.hidden = true
    if (!term) {
      status.textContent = ''
      return
    }
    status.textContent = config.status.searching
    var ownFilters = Object.assign({}, filters)
    var otherFilters = Object.assign({}, filters)
    delete otherFilters.variant
    bundle(config.bundle)
      .then(function (pagefind) {
        return search(pagefind, term, ownFilters)
      })
      .then(function (results) {
        if (run !== generation) return
        pending = results
        shown = 0
        own.hidden = results.length === 0
        status.textContent = message(
          results.length === 0 ? 'zero' : results.length === 1 ? 'one' : 'many',
          term,
          results.length,
        )
        return Promise.all([showMore(run), results.length < fewResults ? showOther(run, term, otherFilters) : null])
      })
      .catch(function () {
        if (run === generation) status.textContent = config.error
      })
  }

  var timer
  input.addEventListener('input', function () {
    clearTimeout(timer)
    timer = setTimeout(runSearch, 300)
  })
  selects.forEach(function (select) {
    select.addEventListener('change', runSearch)
  })
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    clearTimeout(timer)
    runSearch()
  })
  moreButton.addEventListener('click', function () {
    showMore(generation)
  })

  var initial = new URLSearchParams(location.search)
  selects.forEach(function (select) {
    var value = initial.get(select.name)
    if (value !== null && select.querySelector('option[value="' + CSS.escape(value) + '"]')) select.value = value
  })
  if (initial.get('q')) {
    input.value = initial.get('q')
    runSearch()
  }
})()
