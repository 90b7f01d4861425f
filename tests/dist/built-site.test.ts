/**
 * Checks over the built site (the live release under tests/.tmp/e2e-data/site, built from the seed by run-all-tests.ts before
 * this project runs): what search engines read. Plain file reading and regular expressions over
 * our own generated HTML, whose shape we control.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, test } from 'vitest'

import { defaultLocale, getLocale, locales, localeByPath } from '@wir/shared/locales'

import { e2e } from '../scripts/e2e-environment'

const dist = path.join(e2e.siteDir, 'live')
/** Printed codes without a published form (deleted, unpublished, draft): see the snapshot. */
const unavailableCodes = new Set<string>(
  JSON.parse(readFileSync(path.join(e2e.dataDir, 'snapshot.json'), 'utf8')).unavailableFormCodes,
)
const site = `http://127.0.0.1:${e2e.sitePort}`

type Page = { file: string; url: string; html: string; head: string }

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory())
      return name.startsWith('pagefind') || name === 'og' || name === '_astro' ? [] : htmlFiles(full)
    return name.endsWith('.html') ? [full] : []
  })
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&')
const tags = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[0])

/** The dist file a site URL is served from (directory format, trailing slashes). */
function fileOf(url: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname)
  return path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
}

let pages: Page[]
/** Pages search engines may index: not redirects, not 404 pages, not noindex fallbacks. */
let indexable: Page[]
let sitemapUrls: Map<string, { lang: string; url: string }[]>

beforeAll(() => {
  expect(existsSync(dist), `${dist} is built by run-all-tests.ts before this project`).toBe(true)
  pages = htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8')
    const relative = path.relative(dist, file).split(path.sep).join('/')
    const url = new URL(relative.replace(/(^|\/)index\.html$/, '$1'), `${site}/`).href
    return { file, url, html, head: html.slice(0, html.indexOf('</head>')) }
  })
  indexable = pages.filter((page) => !/<meta name="robots" content="noindex/.test(page.head))
  sitemapUrls = new Map()
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8')
  for (const loc of [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)) {
    const xml = readFileSync(fileOf(loc), 'utf8')
    for (const entry of xml.match(/<url>.*?<\/url>/gs) ?? []) {
      const url = entry.match(/<loc>([^<]+)<\/loc>/)![1]!
      const links = [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
        (m) => ({ lang: m[1]!, url: m[2]! }),
      )
      expect(sitemapUrls.has(url), `${url} twice in the sitemap`).toBe(false)
      sitemapUrls.set(url, links)
    }
  }
})

describe('the sitemap', () => {
  test('should list only pages that exist, are indexable and are no drafts, previews or redirects', () => {
    expect(sitemapUrls.size).toBeGreaterThan(200)
    const indexableUrls = new Set(indexable.map((page) => page.url))
    for (const url of sitemapUrls.keys()) {
      expect(existsSync(fileOf(url)), url).toBe(true)
      expect(indexableUrls.has(url), `${url} is in the sitemap but not indexable`).toBe(true)
      expect(url).not.toMatch(/preview|draft|\/admin|\/api\/|404/)
    }
  })

  test('should list every indexable content page', () => {
    const missing = indexable.filter(
      (page) =>
        !page.html.includes('http-equiv="refresh"') && !/\/404\.html$/.test(page.file) && !sitemapUrls.has(page.url),
    )
    expect(missing.map((page) => page.url)).toEqual([])
  })

  test("should carry the same hreflang links as each page's head", () => {
    for (const page of indexable) {
      const inSitemap = sitemapUrls.get(page.url)
      if (!inSitemap) continue
      const inHead = tags(page.head, /<link rel="alternate"[^>]*>/g).map((tag) => ({
        lang: attr(tag, 'hreflang')!,
        url: attr(tag, 'href')!,
      }))
      const key = (links: { lang: string; url: string }[]) => links.map((l) => `${l.lang} ${l.url}`).sort()
      // The sitemap integration leaves out links of a page with a single version and no others.
      if (inSitemap.length > 0) expect(key(inSitemap), page.url).toEqual(key(inHead))
    }
  })

  test('should be announced in robots.txt', () => {
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8')
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1]
    expect(sitemap).toBe(`${site}/sitemap-index.xml`)
    expect(existsSync(fileOf(sitemap!))).toBe(true)
  })
})

describe('every page head', () => {
  test('should have exactly one canonical URL, its own, and the lang of its locale', () => {
    for (const page of pages.filter((p) => !p.html.includes('http-equiv="refresh"') && !/\/404\.html$/.test(p.file))) {
      const canonicals = tags(page.head, /<link rel="canonical"[^>]*>/g)
      expect(canonicals.length, page.url).toBe(1)
      // A QR scan page (/F/CODE/) is a door to the form's help pages: canonical is the German help
      // page, or the German forms index when the code has no published form.
      const scanCode = /^\/F\/([0-9A-Z]+)\/$/.exec(new URL(page.url).pathname)?.[1]
      const scanTarget = scanCode && (unavailableCodes.has(scanCode) ? '/de/formulare/' : `/de/formulare/${scanCode}/`)
      const expected = scanTarget ? new URL(scanTarget, page.url).href : page.url
      expect(attr(canonicals[0]!, 'href'), page.url).toBe(expected)
      const locale = localeByPath(new URL(page.url).pathname.split('/')[1] ?? '') ?? getLocale(defaultLocale)
      expect(page.html.match(/<html lang="([^"]+)" dir="([^"]+)"/)?.slice(1), page.url).toEqual([
        locale.bcp47,
        locale.dir,
      ])
    }
  })

  test('should list hreflang alternates that resolve, include the page itself and are reciprocal', () => {
    const byUrl = new Map(indexable.map((page) => [page.url, page]))
    const alternatesOf = (page: Page) =>
      tags(page.head, /<link rel="alternate"[^>]*>/g).map((tag) => ({
        lang: attr(tag, 'hreflang')!,
        url: attr(tag, 'href')!,
      }))
    let checked = 0
    for (const page of indexable) {
      const links = alternatesOf(page)
      if (links.length === 0) continue
      expect(links.filter((l) => l.lang === 'x-default').length, page.url).toBe(1)
      expect(new Set(links.map((l) => l.lang)).size, `${page.url}: one link per hreflang`).toBe(links.length)
      // The language chooser is in the set as x-default only.
      expect(
        links.some((l) => l.url === page.url),
        `${page.url} lists itself`,
      ).toBe(true)
      for (const link of links) {
        const target = byUrl.get(link.url)
        expect(target, `${page.url} → ${link.lang} ${link.url} is an indexable page`).toBeDefined()
        expect(
          alternatesOf(target!)
            .map((l) => `${l.lang} ${l.url}`)
            .sort(),
          `${link.url} links back to the same set`,
        ).toEqual(links.map((l) => `${l.lang} ${l.url}`).sort())
        if (link.lang !== 'x-default')
          expect(target!.html).toMatch(
            new RegExp(`<html lang="${locales.find((row) => row.hreflang === link.lang)!.bcp47}"`),
          )
      }
      checked++
    }
    expect(checked).toBeGreaterThan(200)
  })

  test("should mark a page that only shows another language's text as noindex, without alternates", () => {
    // The measures exist in English only: their German page is a reading aid, not a version.
    const german = pages.find(
      (page) => page.url === `${site}/de/massnahmen/expansion-of-municipal-advisory-structures-with-regard-to-initial/`,
    )!
    expect(german.head).toContain('<meta name="robots" content="noindex, follow">')
    expect(german.head).not.toContain('rel="alternate"')
    const english = pages.find(
      (page) => page.url === `${site}/en/massnahmen/expansion-of-municipal-advisory-structures-with-regard-to-initial/`,
    )!
    expect(english.head).not.toContain('noindex')
    expect(english.head).toContain(
      `<link rel="alternate" hreflang="x-default" href="${site}/en/massnahmen/expansion-of-municipal-advisory-structures-with-regard-to-initial/">`,
    )
  })

  test('should have a description, Open Graph and Twitter tags, and an image that exists', () => {
    for (const page of indexable.filter(
      (p) => !p.html.includes('http-equiv="refresh"') && !/\/404\.html$/.test(p.file),
    )) {
      const meta = (name: string) =>
        page.head.match(new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`))?.[1]
      expect(meta('description')?.length, `${page.url} description`).toBeGreaterThan(20)
      for (const name of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card'])
        expect(meta(name), `${page.url} ${name}`).toBeTruthy()
      expect(meta('og:url')).toBe(page.url)
      expect(existsSync(fileOf(meta('og:image')!)), `${page.url} og:image`).toBe(true)
    }
  })
})

describe('the content security policy', () => {
  test('should have nothing inline on any page that it would drop (style attributes, style elements, scripts)', () => {
    // The site server and nginx send style-src 'self' and script-src without 'unsafe-inline'.
    for (const page of pages) {
      expect(page.html, `${page.url}: style attribute`).not.toMatch(/<[^>]+\sstyle="/)
      expect(page.html, `${page.url}: style element`).not.toMatch(/<style[\s>]/)
      const inlineScripts = [
        ...page.html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g),
      ]
      expect(
        inlineScripts.map((match) => match[0]),
        `${page.url}: inline script`,
      ).toEqual([])
    }
  })
})

describe('structured data', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON-LD, read loosely by the assertions
  type Thing = Record<string, any>
  const graphOf = (page: Page): Thing[] => {
    const scripts = [...page.head.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1]!)
    expect(scripts.length, page.url).toBe(1)
    const data = JSON.parse(scripts[0]!)
    expect(data['@context']).toBe('https://schema.org')
    return data['@graph']
  }

  test('should parse on every page and have a BreadcrumbList and a WebPage with the required properties', () => {
    for (const page of indexable.filter(
      (p) => !p.html.includes('http-equiv="refresh"') && !/\/404\.html$/.test(p.file),
    )) {
      const graph = graphOf(page)
      const crumbs = graph.find((thing) => thing['@type'] === 'BreadcrumbList')
      expect(crumbs, page.url).toBeDefined()
      crumbs!.itemListElement.forEach((item: Thing, index: number) => {
        expect(item).toMatchObject({ '@type': 'ListItem', position: index + 1 })
        expect(item.name, page.url).toBeTruthy()
        expect(existsSync(fileOf(item.item)), `${page.url} crumb ${item.item}`).toBe(true)
      })
      expect(crumbs!.itemListElement.at(-1).item).toBe(page.url)
      const webPage = graph.find((thing) => thing['@type'] === 'WebPage')
      expect(webPage, page.url).toMatchObject({
        url: page.url,
        name: expect.any(String),
        inLanguage: expect.any(String),
      })
      const ids = new Set(graph.map((thing) => thing['@id']))
      for (const ref of JSON.stringify(graph).matchAll(/\{"@id":"([^"]+)"\}/g))
        expect(ids.has(ref[1]), `${page.url} refers to ${ref[1]}`).toBe(true)
    }
  })

  test('should describe offices as GovernmentOrganization with their code', () => {
    const office = pages.find((page) => page.url === `${site}/en/dienststellen/15-3/`)!
    expect(
      graphOf(office).find((thing) => thing['@type'] === 'GovernmentOrganization' && thing.identifier),
    ).toMatchObject({
      name: 'Press and Public Relations',
      identifier: '15.3',
      url: office.url,
      parentOrganization: { '@id': `${site}/#city` },
    })
  })

  test('should describe news as NewsArticle with headline, dates, image, author and publisher', () => {
    const news = indexable.filter((page) => /\/aktuelles\/[^/]+\/$/.test(page.url))
    expect(news.length).toBeGreaterThan(0)
    for (const page of news) {
      const article = graphOf(page).find((thing) => thing['@type'] === 'NewsArticle')
      expect(article, page.url).toMatchObject({
        headline: expect.any(String),
        datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/),
        author: expect.anything(),
        publisher: expect.anything(),
      })
      expect(existsSync(fileOf(article!.image[0]))).toBe(true)
    }
  })

  test('should describe form help pages as a GovernmentService of the issuing office, offered on the page', () => {
    const helpPages = indexable.filter((page) => /\/formulare\/[^/]+\/$/.test(page.url))
    expect(helpPages.length).toBeGreaterThan(0)
    for (const page of helpPages) {
      const service = graphOf(page).find((thing) => thing['@type'] === 'GovernmentService')
      expect(service, page.url).toMatchObject({
        name: expect.any(String),
        serviceType: expect.any(String),
        provider: { '@type': 'GovernmentOrganization', name: expect.any(String), url: expect.any(String) },
        availableChannel: { '@type': 'ServiceChannel', serviceUrl: page.url },
        areaServed: { '@type': 'City', name: 'Hannover' },
      })
      // The seed's example forms are issued by office 56.1, whose page the provider is.
      expect(service!.provider.url, page.url).toMatch(/\/dienststellen\/56-1\/$/)
      expect(existsSync(fileOf(service!.provider.url)), `${page.url} provider page`).toBe(true)
    }
  })
})

describe('404 pages and search bundles', () => {
  test.each(locales.map((row) => row))('should have a 404 page in $englishName, not indexable', (row) => {
    const html = readFileSync(path.join(dist, row.path, '404.html'), 'utf8')
    expect(html).toMatch(new RegExp(`<html lang="${row.bcp47}" dir="${row.dir}"`))
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).not.toContain('rel="canonical"')
  })

  test('should index every language in the main bundle and only German in the second one', () => {
    const main = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'))
    expect(Object.keys(main.languages).sort()).toEqual([...new Set(locales.map((row) => row.pagefindLang))].sort())
    const german = JSON.parse(readFileSync(path.join(dist, 'pagefind-de/pagefind-entry.json'), 'utf8'))
    expect(Object.keys(german.languages)).toEqual(['de'])
    // Plain-German pages share the German index in the main bundle but are not in the second one.
    expect(german.languages.de.page_count).toBeLessThan(main.languages.de.page_count)
  })
})
