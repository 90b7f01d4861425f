import { describe, expect, test } from 'vitest'

import { defaultLocale, getLocale, locales, lookupChain } from '@wir/shared/locales'

describe('locale table', () => {
  test('should have unique codes and path segments', () => {
    expect(new Set(locales.map((row) => row.code)).size).toBe(locales.length)
    expect(new Set(locales.map((row) => row.path)).size).toBe(locales.length)
  })

  test('should contain the languages the strategy names, German first', () => {
    expect(locales[0]?.code).toBe(defaultLocale)
    for (const code of ['de', 'de-x-simple', 'de-x-ls', 'en', 'ar', 'fa', 'tr', 'uk', 'ru'])
      expect(() => getLocale(code)).not.toThrow()
  })

  test('should write Arabic and Farsi right to left and everything else left to right', () => {
    const rtl = locales.filter((row) => row.dir === 'rtl').map((row) => row.code)
    expect(rtl.sort()).toEqual(['ar', 'fa'])
  })

  test('should have fallback chains that name existing locales and end in German or English', () => {
    for (const row of locales) {
      for (const code of row.fallback) expect(() => getLocale(code)).not.toThrow()
      expect(row.fallback).not.toContain(row.code)
      // A plain variant of German may look in another plain variant first; the rest ask German.
      const first = row.plainVariantOf ? getLocale(row.fallback[0]!).bcp47 : row.fallback[0]
      if (row.code !== defaultLocale) expect(first).toBe('de')
    }
    expect(lookupChain('ar')).toEqual(['ar', 'de', 'en'])
    expect(lookupChain('de')).toEqual(['de', 'en'])
  })

  test('should tag plain German as German for lang and hreflang', () => {
    const plain = getLocale('de-x-simple')
    expect(plain.bcp47).toBe('de')
    expect(new Set(locales.map((row) => row.hreflang)).size).toBe(locales.length)
    expect(plain.plainVariantOf).toBe('de')
    expect(plain.path).not.toBe('de')
  })

  test('should give Leichte Sprache its own path and hreflang and fall back to Einfache Sprache, then German', () => {
    const easy = getLocale('de-x-ls')
    expect(easy).toMatchObject({ path: 'de-leicht', bcp47: 'de', hreflang: 'de-x-ls', plainVariantOf: 'de' })
    expect(lookupChain('de-x-ls')).toEqual(['de-x-ls', 'de-x-simple', 'de', 'en'])
    expect(getLocale('de-x-simple').fallback).not.toContain('de-x-ls')
  })

  test('should give every locale a valid BCP 47 tag', () => {
    for (const row of locales) expect(() => new Intl.Locale(row.bcp47)).not.toThrow()
  })
})
