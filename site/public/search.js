// Starts pagefind's default UI on /{locale}/suche/. Interface strings come from the page
// (data-translations, from site/src/i18n); the index is chosen by pagefind from <html lang>.
(function () {
  var element = document.getElementById('search')
  if (!element || typeof PagefindUI === 'undefined') return
  var translations = {}
  try { translations = JSON.parse(element.getAttribute('data-translations') || '{}') } catch (e) {}
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false, translations: translations })
})()
