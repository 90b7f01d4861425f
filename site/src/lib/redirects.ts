/**
 * Redirects from the snapshot, as static pages (meta refresh + canonical + visible link): this
 * works on any static host. A `from` without a locale prefix applies to every locale, so
 * `/lip/` becomes `/de/lip/`, `/en/lip/`, … each pointing at that locale's version.
 *
 * A custom target the CMS would refuse (`javascript:`, `//host`, …: see shared/redirectTarget.ts)
 * is skipped with a build warning rather than failing the build: the CMS already refuses such
 * targets, so one can only come from old data or a bypass, and one bad row must not stop every
 * other change from going live. It never becomes a page.
 */
import { locales, type LocaleRow } from '@wir/shared/locales'
import { isAllowedRedirectTarget } from '@wir/shared/redirectTarget'
import { localePath } from '@wir/shared/urls'
import type { SiteData } from '../content/snapshot.ts'
import { allContentPaths, documentRoute, localeOfPath } from './routes.ts'

export type RedirectPage = {
  /** Path with leading and trailing slash. */
  from: string
  /** Target path or absolute URL. */
  to: string
  locale: LocaleRow
}

function normalise(path: string): string {
  const clean = path
    .split(/[?#]/)[0]!
    .replace(/\/index\.html?$/, '/')
    .replace(/\/{2,}/g, '/')
  return clean.endsWith('/') ? clean : `${clean}/`
}

export function redirectPages(data: SiteData, warn: (message: string) => void = console.warn): RedirectPage[] {
  const taken = allContentPaths(data)
  const pages = new Map<string, RedirectPage>()
  for (const redirect of data.snapshot.redirects) {
    const from = normalise(redirect.from)
    if ('url' in redirect.to && !isAllowedRedirectTarget(redirect.to.url)) {
      warn(`[wir/site] Redirect from ${from} skipped: its target is neither a site path nor an http(s) address.`)
      continue
    }
    const fixed = localeOfPath(from)
    const targets: LocaleRow[] = fixed ? [fixed] : [...locales]
    for (const locale of targets) {
      const path = fixed ? from : `/${locale.path}${from}`
      let to: string
      if ('collection' in redirect.to) {
        to = localePath(locale.code, documentRoute(data, redirect.to.collection, redirect.to.id))
      } else {
        const url = redirect.to.url
        // A site path without locale prefix follows the redirect's locale; anything else stays as given.
        to = url.startsWith('/') && !url.startsWith('//') && !localeOfPath(url) ? `/${locale.path}${url}` : url
      }
      if (path === '/' || localeOfPath(path)?.path === path.slice(1, -1)) {
        warn(`[wir/site] Redirect from ${path} skipped: the root and language homes cannot be redirected.`)
      } else if (taken.has(path)) {
        warn(`[wir/site] Redirect from ${path} skipped: a content page has that address.`)
      } else if (to === path) {
        warn(`[wir/site] Redirect from ${path} skipped: it points at itself.`)
      } else if (!pages.has(path)) {
        pages.set(path, { from: path, to, locale })
      }
    }
  }
  return [...pages.values()]
}
