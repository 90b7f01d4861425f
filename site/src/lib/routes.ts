/**
 * Every page the site builds, as (view, document) entries. URLs come only from the shared URL
 * scheme (`@wir/shared/urls`); this module maps our entries onto its routes, once.
 */
import { locales, localeByPath, type LocaleRow } from '@wir/shared/locales'
import { localePath, type Route } from '@wir/shared/urls'
import type { SnapshotCollection } from '@wir/shared/snapshot'
import type { SiteData } from '../content/snapshot.ts'

export type Entry =
  | { view: 'home' }
  | { view: 'fields' }
  | { view: 'field'; id: string }
  | { view: 'measures' }
  | { view: 'measure'; id: string }
  | { view: 'offices' }
  | { view: 'office'; id: string }
  | { view: 'pages' }
  | { view: 'page'; id: string }
  | { view: 'newsList' }
  | { view: 'news'; id: string }
  | { view: 'forms' }
  | { view: 'form'; id: string }
  | { view: 'search' }
  | { view: 'glossary' }
  | { view: 'sitemap' }

/** Route of a document of a snapshot collection (pages nest under their parents). */
export function documentRoute(data: SiteData, collection: SnapshotCollection, id: string): Route {
  switch (collection) {
    case 'pages': {
      const slugPath = data.pageSlugPath.get(id)
      if (!slugPath) throw new Error(`[wir/site] Unknown page ${id}`)
      return { kind: 'page', slugPath }
    }
    case 'fieldsOfAction':
      return { kind: 'document', section: 'fieldsOfAction', slug: need(data.fieldById.get(id), collection, id).slug }
    case 'measures':
      return { kind: 'document', section: 'measures', slug: need(data.measureById.get(id), collection, id).slug }
    case 'offices':
      return { kind: 'document', section: 'offices', slug: need(data.officeById.get(id), collection, id).slug }
    case 'news':
      return { kind: 'document', section: 'news', slug: need(data.newsById.get(id), collection, id).slug }
  }
}

function need<T>(doc: T | undefined, collection: string, id: string): T {
  if (!doc) throw new Error(`[wir/site] Unknown ${collection} ${id}`)
  return doc
}

export function entryRoute(data: SiteData, entry: Entry): Route {
  switch (entry.view) {
    case 'home':
      return { kind: 'home' }
    case 'fields':
      return { kind: 'list', section: 'fieldsOfAction' }
    case 'measures':
      return { kind: 'list', section: 'measures' }
    case 'offices':
      return { kind: 'list', section: 'offices' }
    case 'pages':
      return { kind: 'list', section: 'pages' }
    case 'newsList':
      return { kind: 'list', section: 'news' }
    case 'search':
      return { kind: 'list', section: 'search' }
    case 'glossary':
      return { kind: 'list', section: 'glossary' }
    case 'sitemap':
      return { kind: 'list', section: 'sitemap' }
    case 'forms':
      return { kind: 'list', section: 'forms' }
    case 'form':
      // The code is the form's slug: permanent, printed, the same in every language.
      return { kind: 'document', section: 'forms', slug: need(data.formById.get(entry.id), 'forms', entry.id).code }
    case 'field':
      return documentRoute(data, 'fieldsOfAction', entry.id)
    case 'measure':
      return documentRoute(data, 'measures', entry.id)
    case 'office':
      return documentRoute(data, 'offices', entry.id)
    case 'page':
      return documentRoute(data, 'pages', entry.id)
    case 'news':
      return documentRoute(data, 'news', entry.id)
  }
}

/** The entries every locale has (every document exists in every locale, with fallback). */
export function allEntries(data: SiteData): Entry[] {
  return [
    { view: 'home' },
    { view: 'fields' },
    ...data.fields.map((doc) => ({ view: 'field' as const, id: doc.id })),
    { view: 'measures' },
    ...data.measures.map((doc) => ({ view: 'measure' as const, id: doc.id })),
    { view: 'offices' },
    ...data.offices.map((doc) => ({ view: 'office' as const, id: doc.id })),
    { view: 'pages' },
    ...data.pages.map((doc) => ({ view: 'page' as const, id: doc.id })),
    { view: 'newsList' },
    ...data.news.map((doc) => ({ view: 'news' as const, id: doc.id })),
    { view: 'forms' },
    ...data.forms.map((doc) => ({ view: 'form' as const, id: doc.id })),
    { view: 'search' },
    ...(data.glossary.length > 0 ? [{ view: 'glossary' as const }] : []),
    { view: 'sitemap' },
  ]
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
