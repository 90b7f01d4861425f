// Starts pagefind's default UI on /{locale}/suche/. Interface strings come from the page
// (data-translations, from site/src/i18n); the index is chosen by pagefind from <html lang>.
(function () {
  var element = document.getElementById('search')
  if (!element || typeof PagefindUI === 'undefined') return
  var translations = {}
  try { translations = JSON.parse(element.getAttribute('data-translations') || '{}') } catch (e) {}
  var ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, translations: translations })
  // A list page (e.g. forms) may preselect a filter, so its search finds only its own kind.
  var filter = element.getAttribute('data-filter')
  if (filter) try { ui.triggerFilters(JSON.parse(filter)) } catch (e) {}
})()
