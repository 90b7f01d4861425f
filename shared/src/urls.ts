import { contentSections, type DocumentContentSection } from './contentTypes.ts'
import { getLocale } from './locales.ts'

/**
 * The one URL scheme of the public site. Slugs are per document, not per locale, so every
 * language version of a document sits at the same path after the locale segment; this keeps
 * hreflang pairing trivial and the URLs stable when a translation is added. The content types'
 * sections come from their table (contentTypes.ts); the interface pages' are here.
 */
export const sections = {
  ...contentSections,
  search: 'suche',
  /** The human-readable sitemap of a locale (every page, as links). */
  sitemap: 'seitenuebersicht',
  /** The start-page explanations as German Sign Language videos (BITV 2.0 §4). */
  signLanguage: 'gebaerdensprache',
  /** The accessibility statement ("Erklärung zur Barrierefreiheit", EU model statement 2018/1523). */
  accessibility: 'barrierefreiheit',
  imprint: 'impressum',
  privacy: 'datenschutz',
  /**
   * Where the CMS sends a reader after sending the feedback form (the form itself is served by
   * the CMS, see shared/src/feedback.ts). Two segments are fine: list sections are written as
   * they are, only document slugs are encoded.
   */
  feedbackThanks: 'rueckmeldung/danke',
} as const

export type Section = keyof typeof sections
/** Sections whose pages are documents with a slug (the others are one page per locale). */
/** Sections whose documents have pages of their own (from the table of content types). */
export type DocumentSection = DocumentContentSection

export type Route =
  | { kind: 'home' }
  | { kind: 'list'; section: Section }
  | { kind: 'document'; section: DocumentSection; slug: string }
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

/**
 * Printed QR codes lead to `/F/{CODE}/`, outside the locale prefix: the paper is printed once
 * and must serve every language, present and future. Upper-case "F" and code keep the whole
 * URL (with an upper-cased scheme and host, which are case-insensitive) inside QR alphanumeric
 * mode, which makes the printed symbol smaller; the trailing slash is the site's canonical form
 * and works on any static host without a redirect.
 */
export const formScanSegment = 'F'

export function formScanPath(code: string): string {
  return `/${formScanSegment}/${encodeSegment(code)}/`
}

/** Files published beside the scan page: the QR symbol, the print label, the original PDF, page images. */
export function formFilePath(code: string, file: string): string {
  return `${formScanPath(code)}${encodeSegment(file)}`
}

/** Help page of a form in one language (under the locale prefix, like every content page). */
export function formHelpPath(locale: string, code: string): string {
  return localePath(locale, { kind: 'document', section: 'forms', slug: code })
}

/**
 * The text inside the QR symbol: `HTTPS://HOST/F/CODE/`. Scheme and host are upper-cased
 * (case-insensitive by RFC 3986), the path already is; a site under a sub-path keeps its path.
 */
export function formScanUrl(siteUrl: string, code: string): string {
  const url = new URL(siteUrl)
  const base = url.pathname.replace(/\/+$/, '')
  return `${url.protocol}//${url.host}`.toUpperCase() + base + formScanPath(code)
}

/** The same address for people: lower-case host, as printed beneath the symbol. */
export function formDisplayUrl(siteUrl: string, code: string): string {
  const url = new URL(siteUrl)
  return `${url.host}${url.pathname.replace(/\/+$/, '')}${formScanPath(code)}`
}

/**
 * A scan address typed by hand in the wrong case (`/f/k7m3x`, as phone keyboards and people
 * write it) → its canonical path (`/F/K7M3X/`); undefined when the path is no such address or
 * already canonical. Codes are upper-case by construction, so upper-casing loses nothing.
 */
export function canonicalFormScanPath(pathname: string): string | undefined {
  const match = /^\/f\/([0-9a-z]+)(\/.*)?$/i.exec(pathname)
  if (!match) return undefined
  const canonical = `${formScanPath(match[1]!.toUpperCase())}${(match[2] ?? '/').slice(1)}`
  return canonical === pathname ? undefined : canonical
}
