/*
 * "Vorlesen": reads the page's <main> aloud with the browser's own speech synthesis (no server,
 * no download, no library). Progressive enhancement: the controls are rendered `hidden` and are
 * shown only when the browser has a voice for the page's language. Text is read block by block
 * (headings, paragraphs, list items, …), and within a block in runs of one language: each run is
 * spoken with the `lang` of its closest ancestor, so the German label on an Arabic form page is
 * spoken in German. Linked from the page (no inline script: the site's CSP forbids it).
 */
;(function () {
  'use strict'
  var box = document.querySelector('[data-read-aloud]')
  var synth = window.speechSynthesis
  var main = document.querySelector('main')
  if (!box || !main || !synth || typeof window.SpeechSynthesisUtterance !== 'function') return

  var blockSelector = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,figcaption,blockquote,caption,summary,legend,label'
  var buttons = {
    start: box.querySelector('[data-action="start"]'),
    pause: box.querySelector('[data-action="pause"]'),
    resume: box.querySelector('[data-action="resume"]'),
    stop: box.querySelector('[data-action="stop"]'),
  }
  var pageLang = document.documentElement.lang || 'de'
  var current = null

  function primary(tag) {
    return String(tag || '')
      .toLowerCase()
      .split(/[-_]/)[0]
  }

  function voiceFor(lang) {
    var voices = synth.getVoices() || []
    var wanted = primary(lang)
    for (var i = 0; i < voices.length; i++) if (primary(voices[i].lang) === wanted) return voices[i]
    return null
  }

  function isShown(element) {
    return !element.closest('[hidden],[aria-hidden="true"],[data-read-aloud]') && element.getClientRects().length > 0
  }

  /** The readable blocks of <main>, innermost only (a list item holding paragraphs is read as its paragraphs). */
  function blocks() {
    var all = Array.prototype.slice.call(main.querySelectorAll(blockSelector))
    return all.filter(function (element) {
      return isShown(element) && !element.querySelector(blockSelector)
    })
  }

  /** A block's text split where the language changes: [{ text, lang }]. */
  function runs(block) {
    var result = []
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentElement
      if (!parent || !isShown(parent)) continue
      var text = node.nodeValue.replace(/\s+/g, ' ')
      if (!text.trim()) continue
      var holder = parent.closest('[lang]')
      var lang = holder ? holder.getAttribute('lang') : pageLang
      var last = result[result.length - 1]
      if (last && last.lang === lang) last.text += text
      else result.push({ text: text, lang: lang })
    }
    return result
      .map(function (run) {
        return { text: run.text.trim(), lang: run.lang }
      })
      .filter(function (run) {
        return run.text !== ''
      })
  }

  function show(state) {
    var focused = document.activeElement
    buttons.start.hidden = state !== 'idle'
    buttons.pause.hidden = state !== 'speaking'
    buttons.resume.hidden = state !== 'paused'
    buttons.stop.hidden = state === 'idle'
    box.setAttribute('data-state', state)
    // Keep keyboard focus on the control that replaced the one just pressed.
    if (focused && focused.hidden && box.contains(focused)) {
      var next = state === 'idle' ? buttons.start : state === 'paused' ? buttons.resume : buttons.pause
      next.focus()
    }
  }

  function mark(block) {
    if (current) current.classList.remove('reading-aloud')
    current = block
    if (block) block.classList.add('reading-aloud')
  }

  function stop() {
    synth.cancel()
    mark(null)
    show('idle')
  }

  function start() {
    synth.cancel()
    var queue = []
    blocks().forEach(function (block) {
      runs(block).forEach(function (run) {
        queue.push({ block: block, run: run })
      })
    })
    if (queue.length === 0) return
    show('speaking')
    queue.forEach(function (item, index) {
      var utterance = new window.SpeechSynthesisUtterance(item.run.text)
      utterance.lang = item.run.lang
      var voice = voiceFor(item.run.lang)
      if (voice) utterance.voice = voice
      utterance.onstart = function () {
        mark(item.block)
      }
      if (index === queue.length - 1) {
        utterance.onend = function () {
          mark(null)
          show('idle')
        }
      }
      synth.speak(utterance)
    })
  }

  buttons.start.addEventListener('click', start)
  buttons.pause.addEventListener('click', function () {
    synth.pause()
    show('paused')
  })
  buttons.resume.addEventListener('click', function () {
    synth.resume()
    show('speaking')
  })
  buttons.stop.addEventListener('click', stop)
  window.addEventListener('pagehide', function () {
    synth.cancel()
  })

  function offerIfVoice() {
    if (voiceFor(pageLang)) box.hidden = false
  }
  offerIfVoice()
  // Voices load asynchronously in some browsers.
  if (typeof synth.addEventListener === 'function') synth.addEventListener('voiceschanged', offerIfVoice)
})()
