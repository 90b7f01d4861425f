import { getLocale } from './locales.ts'

/**
 * The one URL scheme of the public site. Slugs are per document, not per locale, so every
 * language version of a document sits at the same path after the locale segment; this keeps
 * hreflang pairing trivial and the URLs stable when a translation is added.
 */
export const sections = {
  fieldsOfAction: 'handlungsfelder',
  measures: 'massnahmen',
  offices: 'dienststellen',
  pages: 'seiten',
  news: 'aktuelles',
  search: 'suche',
  glossary: 'glossar',
  /** The human-readable sitemap of a locale (every page, as links). */
  sitemap: 'seitenuebersicht',
} as const

export type Section = keyof typeof sections

export type Route =
  | { kind: 'home' }
  | { kind: 'list'; section: Section }
  | { kind: 'document'; section: Exclude<Section, 'search' | 'glossary' | 'sitemap'>; slug: string }
  | { kind: 'page'; slugPath: readonly string[] }

/** Path of a route without the locale segment, always with leading and trailing slash. */
export function routePath(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '/'
    case 'list':
      return `/${sections[route.section]}/`
    case 'document':
      return `/${sections[route.section]}/${encodeSegment(route.slug)}/`
    case 'page':
      return `/${sections.pages}/${route.slugPath.map(encodeSegment).join('/')}/`
  }
}

export function localePath(locale: string, route: Route): string {
  return `/${getLocale(locale).path}${routePath(route)}`
}

/** The language chooser at the site root. */
export const rootPath = '/'

function encodeSegment(segment: string): string {
  if (!segment || segment.includes('/')) throw new Error(`Invalid URL segment "${segment}"`)
  return encodeURIComponent(segment)
}
