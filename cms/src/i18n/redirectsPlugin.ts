/**
 * German for @payloadcms/plugin-redirects, which ships no German: without it the admin shows the
 * raw keys and logs "key not found: plugin-redirects:…". English comes with the plugin.
 * tests/unit/redirects-plugin-translations.test.ts reads the keys from the installed plugin.
 */
const de: Record<string, string> = {
  fromUrl: 'Alte Adresse (von)',
  toUrlType: 'Weiterleiten auf',
  internalLink: 'Interner Link',
  customUrl: 'Eigene URL',
  documentToRedirect: 'Ziel-Dokument',
  redirectType: 'Art der Weiterleitung',
}

export const redirectsPluginTranslations = { de: { 'plugin-redirects': de } }
