/**
 * Which language versions of a page exist. A document exists in a locale when its title (or
 * name) is stored in that locale; its page in any other locale is a reading aid that shows the
 * text of another language (marked fallback). Search engines get only real versions: in the
 * sitemap, as hreflang alternates, and indexable (`noindex` on the others).
 * Interface pages (home, lists, search, sitemap page) exist in every locale.
 */
import { defaultLocale, locales, lookupChain, type LocaleRow } from '@wir/shared/locales'
import { hasLocale, type Localized } from '@wir/shared/localized'
import { localePath, rootPath, type Route } from '@wir/shared/urls'
import type { SiteData } from '../content/snapshot.ts'
import { entryType, interfacePages, type Entry } from './routes.ts'

/** Locales in which a document's main text (title or name) is really stored, in table order. */
export function documentVersions(title: Localized<string>): LocaleRow[] {
  return locales.filter((row) => hasLocale(title, row.code))
}

/**
 * The existing language versions of an entry of the route table: a document's, where its title
 * field (shared/src/contentTypes.ts) is stored; a type whose title is not localized (forms: the
 * printed German title) and every interface page exist in every locale, except pages kept from
 * search engines (the feedback thank-you page).
 */
export function entryVersions(data: SiteData, entry: Entry): LocaleRow[] {
  const page = interfacePages.find((candidate) => candidate.view === entry.view)
  if (page && 'searchEngines' in page) return []
  const row = 'id' in entry ? entryType(entry) : undefined
  if (!row?.title.localized || !('id' in entry)) return [...locales]
  const doc = data.documents.get(row.snapshotKey)!.get(entry.id)!
  return documentVersions(doc[row.title.field] as Localized<string>)
}

export type Alternate = { hreflang: string; href: string }

/**
 * hreflang alternates of a route: one per existing version, plus `x-default`. x-default is the
 * language chooser for the home pages (it is the page for readers whose language we cannot
 * tell), otherwise the version a German reader gets: German, else along German's fallback chain
 * (English for the English-only measures). Paths, not absolute URLs.
 */
export function alternates(route: Route, versions: readonly LocaleRow[]): Alternate[] {
  if (versions.length === 0) return []
  const links = versions.map((row) => ({ hreflang: row.hreflang, href: localePath(row.code, route) }))
  const preferred =
    lookupChain(defaultLocale).find((code) => versions.some((row) => row.code === code)) ?? versions[0]!.code
  const xDefault = route.kind === 'home' ? rootPath : localePath(preferred, route)
  return [...links, { hreflang: 'x-default', href: xDefault }]
}

/** Whether the page of `locale` is a real version (indexable) of a page with these versions. */
export function isVersion(locale: string, versions: readonly LocaleRow[]): boolean {
  return versions.some((row) => row.code === locale)
}
