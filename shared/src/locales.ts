import { readFileSync } from 'node:fs'

/**
 * The one locale table. Payload's localization, Astro's routes, <html lang dir>, hreflang,
 * the sitemap and pagefind are all derived from these rows; adding a language is adding a row
 * (plus its interface strings in site/src/i18n/).
 */
export type Direction = 'ltr' | 'rtl'

export type LocaleRow = {
  /** Payload locale code and stored key. Stable: changing it orphans stored translations. */
  code: string
  /** First path segment on the public site. */
  path: string
  /** BCP 47 tag for `lang`. */
  bcp47: string
  /** Tag for hreflang alternates: must differ between locales, so a variant sharing `bcp47` gets its own. */
  hreflang: string
  englishName: string
  nativeName: string
  dir: Direction
  /** Language pagefind indexes this locale under (its stemming follows the base subtag). */
  pagefindLang: string
  /**
   * Where a missing translation comes from, in order. German falls back to English because
   * parts of the source (measures, goals) exist in English only; shown marked as English.
   */
  fallback: readonly string[]
  /** A plain-language variant of another locale rather than a language of its own. */
  plainVariantOf?: string
}

const rows = [
  {
    code: 'de',
    path: 'de',
    bcp47: 'de',
    hreflang: 'de',
    englishName: 'German',
    nativeName: 'Deutsch',
    dir: 'ltr',
    pagefindLang: 'de',
    fallback: ['en'],
  },
  {
    code: 'de-x-simple',
    path: 'de-einfach',
    bcp47: 'de',
    hreflang: 'de-x-simple',
    englishName: 'Plain German',
    nativeName: 'Einfache Sprache',
    dir: 'ltr',
    pagefindLang: 'de',
    fallback: ['de', 'en'],
    plainVariantOf: 'de',
  },
  {
    // Leichte Sprache (easy-to-read German, checked by readers with learning disabilities) is not
    // Einfache Sprache. BCP 47 has no registered tag for either, so, like plain German, it gets a
    // private-use subtag: `lang="de"` (screen readers and hyphenation treat it as German, it
    // shares the German search index with a "Fassung" filter) and its own hreflang `de-x-ls`.
    // Missing text comes from Einfache Sprache first: closer to Leichte Sprache than standard German.
    code: 'de-x-ls',
    path: 'de-leicht',
    bcp47: 'de',
    hreflang: 'de-x-ls',
    englishName: 'Easy-to-read German',
    nativeName: 'Leichte Sprache',
    dir: 'ltr',
    pagefindLang: 'de',
    fallback: ['de-x-simple', 'de', 'en'],
    plainVariantOf: 'de',
  },
  {
    code: 'en',
    path: 'en',
    bcp47: 'en',
    hreflang: 'en',
    englishName: 'English',
    nativeName: 'English',
    dir: 'ltr',
    pagefindLang: 'en',
    fallback: ['de'],
  },
  {
    code: 'tr',
    path: 'tr',
    bcp47: 'tr',
    hreflang: 'tr',
    englishName: 'Turkish',
    nativeName: 'Türkçe',
    dir: 'ltr',
    pagefindLang: 'tr',
    fallback: ['de', 'en'],
  },
  {
    code: 'ar',
    path: 'ar',
    bcp47: 'ar',
    hreflang: 'ar',
    englishName: 'Arabic',
    nativeName: 'العربية',
    dir: 'rtl',
    pagefindLang: 'ar',
    fallback: ['de', 'en'],
  },
  {
    code: 'fa',
    path: 'fa',
    bcp47: 'fa',
    hreflang: 'fa',
    englishName: 'Persian',
    nativeName: 'فارسی',
    dir: 'rtl',
    pagefindLang: 'fa',
    fallback: ['de', 'en'],
  },
  {
    code: 'uk',
    path: 'uk',
    bcp47: 'uk',
    hreflang: 'uk',
    englishName: 'Ukrainian',
    nativeName: 'Українська',
    dir: 'ltr',
    pagefindLang: 'uk',
    fallback: ['de', 'en'],
  },
  {
    code: 'ru',
    path: 'ru',
    bcp47: 'ru',
    hreflang: 'ru',
    englishName: 'Russian',
    nativeName: 'Русский',
    dir: 'ltr',
    pagefindLang: 'ru',
    fallback: ['de', 'en'],
  },
  {
    code: 'pl',
    path: 'pl',
    bcp47: 'pl',
    hreflang: 'pl',
    englishName: 'Polish',
    nativeName: 'Polski',
    dir: 'ltr',
    pagefindLang: 'pl',
    fallback: ['de', 'en'],
  },
  {
    code: 'ro',
    path: 'ro',
    bcp47: 'ro',
    hreflang: 'ro',
    englishName: 'Romanian',
    nativeName: 'Română',
    dir: 'ltr',
    pagefindLang: 'ro',
    fallback: ['de', 'en'],
  },
  {
    code: 'bg',
    path: 'bg',
    bcp47: 'bg',
    hreflang: 'bg',
    englishName: 'Bulgarian',
    nativeName: 'Български',
    dir: 'ltr',
    pagefindLang: 'bg',
    fallback: ['de', 'en'],
  },
  {
    code: 'kmr',
    path: 'kmr',
    bcp47: 'kmr',
    hreflang: 'kmr',
    englishName: 'Kurmanji Kurdish',
    nativeName: 'Kurmancî',
    dir: 'ltr',
    pagefindLang: 'kmr',
    fallback: ['de', 'en'],
  },
  {
    code: 'fr',
    path: 'fr',
    bcp47: 'fr',
    hreflang: 'fr',
    englishName: 'French',
    nativeName: 'Français',
    dir: 'ltr',
    pagefindLang: 'fr',
    fallback: ['de', 'en'],
  },
] as const satisfies readonly LocaleRow[]

export type LocaleCode = (typeof rows)[number]['code']

/**
 * Rows added without touching code: a JSON array of LocaleRow in the file WIR_EXTRA_LOCALES
 * names (used by the "adding a language is one row" test, and for trying out a language).
 */
function extraRows(): LocaleRow[] {
  const file = typeof process === 'undefined' ? undefined : process.env.WIR_EXTRA_LOCALES
  if (!file) return []
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as LocaleRow[]
  for (const row of parsed) {
    if (!row.code || !row.path || !row.bcp47 || !row.hreflang || !row.nativeName || !Array.isArray(row.fallback)) {
      throw new Error(`WIR_EXTRA_LOCALES: incomplete locale row ${JSON.stringify(row)}`)
    }
  }
  return parsed
}

export const locales: readonly LocaleRow[] = [...rows, ...extraRows()]
export const defaultLocale: LocaleCode = 'de'
export const localeCodes = locales.map((row) => row.code) as LocaleCode[]

export function getLocale(code: string): LocaleRow {
  const row = locales.find((candidate) => candidate.code === code)
  if (!row) throw new Error(`Unknown locale "${code}"`)
  return row
}

export function isLocaleCode(code: string): code is LocaleCode {
  return locales.some((row) => row.code === code)
}

export function localeByPath(path: string): LocaleRow | undefined {
  return locales.find((row) => row.path === path)
}

/** The locale itself, then its fallback chain: where to look for a text, in order. */
export function lookupChain(code: string): string[] {
  return [code, ...getLocale(code).fallback]
}
