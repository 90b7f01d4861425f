/**
 * Every page the site builds, as (view, document) entries. URLs come only from the shared URL
 * scheme (`@wir/shared/urls`); the content types' pages from the table of content types
 * (`@wir/shared/contentTypes`); this module maps both onto routes, once.
 */
import { contentTypes, contentTypeBySnapshotKey, type DetailView, type ListView } from '@wir/shared/contentTypes'
import { locales, localeByPath, type LocaleRow } from '@wir/shared/locales'
import { localePath, type Route, type Section } from '@wir/shared/urls'
import type { SiteData } from '../content/snapshot.ts'

/**
 * Pages of the site's own interface, in every locale: the language home, then the content
 * types' pages, then these (a new one is a row here, its section in urls.ts and its view).
 */
export const interfacePages = [
  { view: 'search', section: 'search' },
  { view: 'sitemap', section: 'sitemap' },
  { view: 'signLanguage', section: 'signLanguage' },
  { view: 'accessibility', section: 'accessibility' },
  { view: 'imprint', section: 'imprint' },
  { view: 'privacy', section: 'privacy' },
  // Only reached from the feedback form: no search engine should list it (noindex, not in the sitemap).
  { view: 'feedbackThanks', section: 'feedbackThanks', searchEngines: false },
] as const satisfies readonly { view: string; section: Section; searchEngines?: false }[]

type InterfaceView = (typeof interfacePages)[number]['view']

export type Entry = { view: 'home' } | { view: InterfaceView | ListView } | { view: DetailView; id: string }

export type View = Entry['view']

/**
 * What the one catch-all page hands every view: the locale, the document's id (document views),
 * and the page's route and existing language versions, computed once from the route table.
 */
export type ViewProps = { locale: string; id: string; route: Route; versions: readonly LocaleRow[] }

type DocumentSection = Extract<Route, { kind: 'document' }>['section']

/** Route of a document of the snapshot (by its snapshot key, e.g. `measures`). */
export function documentRoute(data: SiteData, snapshotKey: string, id: string): Route {
  const row = contentTypeBySnapshotKey(snapshotKey)
  if (!row?.section) throw new Error(`[wir/site] ${snapshotKey} have no pages of their own`)
  // Pages nest under their parents (shared/src/pageTree.ts).
  if (row.collection === 'pages') {
    const slugPath = data.pageSlugPath.get(id)
    if (!slugPath) throw new Error(`[wir/site] Unknown page ${id}`)
    return { kind: 'page', slugPath }
  }
  const doc = data.documents.get(snapshotKey)?.get(id)
  if (!doc) throw new Error(`[wir/site] Unknown ${snapshotKey} ${id}`)
  // A form's code is its slug: permanent, printed, the same in every language.
  const slug = row.collection === 'forms' ? (doc.code as string) : (doc.slug as string)
  return { kind: 'document', section: row.section as DocumentSection, slug }
}

/** The content type whose list or document view an entry is. */
export function entryType(entry: Entry) {
  return contentTypes.find((row) => row.views?.list === entry.view || row.views?.detail === entry.view)
}

export function entryRoute(data: SiteData, entry: Entry): Route {
  if (entry.view === 'home') return { kind: 'home' }
  if ('id' in entry) return documentRoute(data, entryType(entry)!.snapshotKey, entry.id)
  const page = interfacePages.find((candidate) => candidate.view === entry.view)
  return { kind: 'list', section: page?.section ?? entryType(entry)!.section! }
}

/** The entries every locale has (every document exists in every locale, with fallback). */
export function allEntries(data: SiteData): Entry[] {
  const typePages = contentTypes.flatMap((row): Entry[] => {
    if (!row.views) return []
    const docs = [...(data.documents.get(row.snapshotKey)?.keys() ?? [])]
    const detail = row.views.detail as DetailView | undefined
    // A type without pages per document lists its documents on one page, built once there are any.
    const list = row.views.list && (detail || docs.length > 0) ? [{ view: row.views.list as ListView }] : []
    return [...list, ...(detail ? docs.map((id) => ({ view: detail, id })) : [])]
  })
  return [{ view: 'home' }, ...typePages, ...interfacePages.map(({ view }) => ({ view }))]
}

/** Every content URL path of the site (all locales), for collision checks. */
export function allContentPaths(data: SiteData): Set<string> {
  const paths = new Set<string>()
  const routes = allEntries(data).map((entry) => entryRoute(data, entry))
  for (const locale of locales) for (const route of routes) paths.add(localePath(locale.code, route))
  return paths
}

/** Locale a path belongs to, from its first segment (undefined: no locale prefix). */
export function localeOfPath(path: string): LocaleRow | undefined {
  const first = path.split('/').filter(Boolean)[0]
  return first === undefined ? undefined : localeByPath(decodeURIComponent(first))
}
