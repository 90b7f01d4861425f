/**
 * The sitemap's URLs and their hreflang links, from the same route table and version rules as
 * the pages' heads (versions.ts), so sitemap and <head> cannot disagree. Only real language
 * versions are listed; fallback pages, redirects, 404 pages and assets are not.
 */
import { defaultLocale } from '@wir/shared/locales'
import { localePath, rootPath } from '@wir/shared/urls'
import type { SiteData } from '../content/snapshot.ts'
import { allEntries, entryRoute } from './routes.ts'
import { alternates, entryVersions } from './versions.ts'

export type SitemapLink = { url: string; lang: string }

export function sitemapEntries(data: SiteData, site: string): Map<string, SitemapLink[]> {
  const abs = (path: string) => new URL(path, site).href
  const entries = new Map<string, SitemapLink[]>()
  for (const entry of allEntries(data)) {
    const route = entryRoute(data, entry)
    const versions = entryVersions(data, entry)
    const links = alternates(route, versions).map((alt) => ({ url: abs(alt.href), lang: alt.hreflang }))
    for (const row of versions) entries.set(abs(localePath(row.code, route)), links)
  }
  // The language chooser is the x-default of the homes and carries their links.
  entries.set(abs(rootPath), entries.get(abs(localePath(defaultLocale, { kind: 'home' })))!)
  return entries
}
