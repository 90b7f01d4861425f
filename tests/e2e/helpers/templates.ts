import { readFileSync } from 'node:fs'

import { defaultLocale, locales, type LocaleRow } from '@wir/shared/locales'
import { parseSnapshot, type Snapshot } from '@wir/shared/snapshot'
import { formScanPath, localePath, type Route } from '@wir/shared/urls'

import { e2eEnv } from '../../scripts/e2e-environment'

/**
 * The language versions every template is checked in, derived from the locale table: German,
 * every plain-language variant of German (Einfache Sprache; Leichte Sprache is picked up as soon
 * as its row exists) and every right-to-left language. A new row of one of these kinds joins
 * the accessibility checks without touching this file.
 */
export const checkedLocales: LocaleRow[] = locales.filter(
  (row) => row.code === defaultLocale || row.plainVariantOf === defaultLocale || row.dir === 'rtl',
)

export type Template = { name: string; path: string; status?: number }

const snapshot = (): Snapshot => parseSnapshot(JSON.parse(readFileSync(e2eEnv().WIR_SNAPSHOT!, 'utf8')))

/** One example of every page template of the public site in one locale (paths from the shared URL scheme). */
export function siteTemplates(locale: string): Template[] {
  const data = snapshot()
  const at = (route: Route) => localePath(locale, route)
  const list = (section: Extract<Route, { kind: 'list' }>['section']) => at({ kind: 'list', section })
  const first = <T>(docs: T[], what: string): T => {
    if (!docs[0]) throw new Error(`The e2e portal has no ${what}`)
    return docs[0]
  }
  const page = first(
    data.pages.filter((doc) => doc.parent === null),
    'top-level page',
  )
  return [
    { name: 'home', path: at({ kind: 'home' }) },
    { name: 'fields of action', path: list('fieldsOfAction') },
    {
      name: 'field of action',
      path: at({ kind: 'document', section: 'fieldsOfAction', slug: first(data.fieldsOfAction, 'field').slug }),
    },
    { name: 'measures', path: list('measures') },
    {
      name: 'measure',
      path: at({ kind: 'document', section: 'measures', slug: first(data.measures, 'measure').slug }),
    },
    { name: 'offices', path: list('offices') },
    { name: 'office', path: at({ kind: 'document', section: 'offices', slug: first(data.offices, 'office').slug }) },
    { name: 'pages', path: list('pages') },
    { name: 'page', path: at({ kind: 'page', slugPath: [page.slug] }) },
    { name: 'news list', path: list('news') },
    { name: 'news', path: at({ kind: 'document', section: 'news', slug: first(data.news, 'news item').slug }) },
    { name: 'glossary', path: list('glossary') },
    { name: 'sitemap page', path: list('sitemap') },
    { name: 'search', path: list('search') },
    { name: 'forms', path: list('forms') },
    { name: 'form help', path: at({ kind: 'document', section: 'forms', slug: first(data.forms, 'form').code }) },
    { name: 'accessibility statement', path: list('accessibility') },
    { name: 'imprint', path: list('imprint') },
    { name: 'privacy notice', path: list('privacy') },
    { name: 'feedback thank-you', path: list('feedbackThanks') },
    { name: 'not found', path: `/${locales.find((row) => row.code === locale)!.path}/404.html` },
  ]
}

/** Templates outside the locale prefix: the language chooser and the two QR scan pages. */
export function sharedTemplates(): Template[] {
  const data = snapshot()
  return [
    { name: 'language chooser', path: '/' },
    { name: 'form scan page', path: formScanPath(data.forms[0]!.code) },
    { name: 'unavailable-code scan page', path: formScanPath(data.unavailableFormCodes[0]!) },
    { name: 'site-wide not found', path: '/gibt-es-nicht/', status: 404 },
  ]
}
