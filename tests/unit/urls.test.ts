import { describe, expect, test } from 'vitest'

import { canonicalFormScanPath, localePath, routePath } from '@wir/shared/urls'

describe('URL scheme', () => {
  test('should put every route under the locale path segment', () => {
    expect(localePath('de', { kind: 'home' })).toBe('/de/')
    expect(localePath('de-x-simple', { kind: 'home' })).toBe('/de-einfach/')
    expect(localePath('ar', { kind: 'document', section: 'measures', slug: 'sprachkurse' })).toBe(
      '/ar/massnahmen/sprachkurse/',
    )
  })

  test('should keep the same path after the locale segment in every language', () => {
    const route = { kind: 'document', section: 'offices', slug: '15-3' } as const
    expect(localePath('fa', route).replace(/^\/fa/, '')).toBe(localePath('de', route).replace(/^\/de/, ''))
  })

  test('should build nested page paths and encode non-ASCII segments', () => {
    expect(routePath({ kind: 'page', slugPath: ['strategie', 'grusswort'] })).toBe('/seiten/strategie/grusswort/')
    expect(routePath({ kind: 'document', section: 'news', slug: 'привет' })).toBe(
      '/aktuelles/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82/',
    )
  })

  test('should reject empty or multi-segment slugs', () => {
    expect(() => routePath({ kind: 'document', section: 'measures', slug: '' })).toThrow()
    expect(() => routePath({ kind: 'document', section: 'measures', slug: 'a/b' })).toThrow()
  })

  test('should throw for an unknown locale', () => {
    expect(() => localePath('xx', { kind: 'home' })).toThrow(/Unknown locale/)
  })

  test('should lead a scan address typed in the wrong case to the printed one', () => {
    expect(canonicalFormScanPath('/f/k7m3x')).toBe('/F/K7M3X/')
    expect(canonicalFormScanPath('/f/k7m3x/')).toBe('/F/K7M3X/')
    expect(canonicalFormScanPath('/F/k7m3x/qr.svg')).toBe('/F/K7M3X/qr.svg')
    expect(canonicalFormScanPath('/F/K7M3X/')).toBeUndefined()
    expect(canonicalFormScanPath('/F/K7M3X/label.svg')).toBeUndefined()
    expect(canonicalFormScanPath('/de/formulare/K7M3X/')).toBeUndefined()
    expect(canonicalFormScanPath('/favicon.svg')).toBeUndefined()
  })
})
