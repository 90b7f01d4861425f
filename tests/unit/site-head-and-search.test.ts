import { describe, expect, test } from 'vitest'

import { locales } from '@wir/shared/locales'

import { alternates, documentVersions, isVersion } from '../../site/src/lib/versions.ts'
import { headText } from '../../site/src/lib/seo.ts'
import { indexSiblings, pagefindFilters, searchTypes } from '../../site/src/lib/search.ts'
import { breadcrumbList, jsonLd } from '../../site/src/lib/structuredData.ts'
import { ogImagePath, wrap } from '../../site/src/lib/ogImage.ts'

const measure = { kind: 'document', section: 'measures', slug: 'sprachcafe' } as const

describe('language versions and hreflang', () => {
  test('should count only locales that store the title as versions', () => {
    expect(documentVersions({ en: 'Language café', ar: '' }).map((row) => row.code)).toEqual(['en'])
    expect(isVersion('de', documentVersions({ en: 'Language café' }))).toBe(false)
  })

  test("should point x-default at German, else along German's fallback chain, and at the chooser for homes", () => {
    const both = alternates(measure, documentVersions({ de: 'Sprachcafé', en: 'Language café' }))
    expect(both).toEqual([
      { hreflang: 'de', href: '/de/massnahmen/sprachcafe/' },
      { hreflang: 'en', href: '/en/massnahmen/sprachcafe/' },
      { hreflang: 'x-default', href: '/de/massnahmen/sprachcafe/' },
    ])
    expect(alternates(measure, documentVersions({ en: 'x', uk: 'y' })).at(-1)).toEqual({
      hreflang: 'x-default',
      href: '/en/massnahmen/sprachcafe/',
    })
    expect(alternates({ kind: 'home' }, locales).at(-1)).toEqual({ hreflang: 'x-default', href: '/' })
    expect(alternates({ kind: 'home' }, locales).find((alt) => alt.hreflang === 'de-x-simple')?.href).toBe(
      '/de-einfach/',
    )
    expect(alternates(measure, [])).toEqual([])
  })
})

describe('head texts', () => {
  test("should prefer the editors' description in the page's own locale only", () => {
    const meta = { title: { de: 'Sprachcafé im Stadtteil' }, description: { de: 'Deutsch üben.' } }
    const generated = { title: 'Language café', description: 'Maßnahme 3 – Bildung' }
    expect(headText(meta, 'de', generated)).toEqual({ title: 'Sprachcafé im Stadtteil', description: 'Deutsch üben.' })
    expect(headText(meta, 'ar', generated)).toEqual(generated)
    expect(headText(undefined, 'de', generated)).toEqual(generated)
    expect(headText({ title: { de: '  ' }, description: {} }, 'de', generated)).toEqual(generated)
  })
})

describe('search filters', () => {
  test('should use stable keys, and the variant only where two locales share an index', () => {
    expect(pagefindFilters('ar', { type: 'office', fields: ['bildung', 'soziales'], code: '15.3' })).toEqual([
      'type:office',
      'field:bildung',
      'field:soziales',
      'code:15.3',
    ])
    expect(pagefindFilters('de', { type: 'page' })).toEqual(['type:page', 'variant:de'])
    expect(pagefindFilters('de-x-simple', { type: 'page' })).toEqual(['type:page', 'variant:de-x-simple'])
    expect(pagefindFilters('de-x-ls', { type: 'page' })).toEqual(['type:page', 'variant:de-x-ls'])
    expect(indexSiblings('de-x-ls').map((row) => row.code)).toEqual(['de', 'de-x-simple', 'de-x-ls'])
    expect(searchTypes).toEqual(['field', 'measure', 'office', 'page', 'news', 'form'])
  })
})

describe('structured data and images', () => {
  test('should never let a text end the JSON-LD script', () => {
    const text = jsonLd([breadcrumbList([{ name: '</script><script>alert(1)</script>', url: 'https://example.org/' }])])
    expect(text).not.toContain('</script')
    expect(JSON.parse(text)['@graph'][0].itemListElement[0]).toEqual({
      '@type': 'ListItem',
      position: 1,
      name: '</script><script>alert(1)</script>',
      item: 'https://example.org/',
    })
  })

  test('should give each route one image path, and wrap long titles into at most the allowed lines', () => {
    expect(ogImagePath({ kind: 'home' })).toBe('/og/home.png')
    expect(ogImagePath({ kind: 'list', section: 'measures' })).toBe('/og/massnahmen.png')
    expect(ogImagePath(measure)).toBe('/og/massnahmen/sprachcafe.png')
    expect(ogImagePath({ kind: 'page', slugPath: ['a', 'b'] })).toBe('/og/seiten/a/b.png')
    const lines = wrap(
      'Expansion of municipal advisory structures with regard to initial school counselling and school inclusion and more words',
      30,
      3,
    )
    expect(lines).toHaveLength(3)
    expect(lines.every((line) => line.length <= 30)).toBe(true)
    expect(lines[2]).toMatch(/…$/)
  })
})
