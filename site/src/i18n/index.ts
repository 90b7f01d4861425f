/**
 * Interface strings: one flat JSON file per locale code of the shared locale table
 * (src/i18n/{code}.json, same keys everywhere). German is the reference: its keys define the
 * type, and a key missing in another file falls back to German at build time (with a warning).
 *
 * Review marker convention: every file has `"_meta.review"`. Its value is either `"reviewed"`
 * (checked by a person responsible for that language: today German and English) or starts with
 * `"needs-review"` (machine/engineer translation, to be checked by the city's translators).
 * A translator who has checked a file sets it to `"reviewed"`. `_meta.*` keys are never shown.
 */
import { defaultLocale, getLocale, locales, type LocaleRow } from '@wir/shared/locales'
import de from './de.json'

type Messages = typeof de
export type MessageKey = Exclude<keyof Messages, `_meta.${string}`>
export type Params = Record<string, string | number>

const files = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' })
const reference = de as Record<string, string>

const merged = new Map<string, Record<string, string>>()
for (const locale of locales) {
  const own = files[`./${locale.code}.json`]
  if (!own) console.warn(`[wir/site] i18n: no src/i18n/${locale.code}.json, using ${defaultLocale} strings`)
  const missing = Object.keys(reference).filter((key) => own && !(key in own))
  if (missing.length) console.warn(`[wir/site] i18n: ${locale.code}.json misses ${missing.join(', ')} (German used)`)
  merged.set(locale.code, { ...reference, ...own })
}

/** Interface string of a locale, with `{name}` placeholders filled in. */
export function t(locale: string, key: MessageKey, params?: Params): string {
  const template = merged.get(locale)?.[key] ?? reference[key] ?? key
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

const numberFormats = new Map<string, Intl.NumberFormat>()
export function formatNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale)
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(getLocale(locale).bcp47)))
  return format.format(value)
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
/**
 * A calendar date (YYYY-MM-DD) in the locale's words. Always the Gregorian calendar: the dates
 * are those of a German administration (fa would otherwise default to the Solar Hijri calendar).
 */
export function formatDate(locale: string, isoDate: string): string {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(getLocale(locale).bcp47, {
      dateStyle: 'long',
      calendar: 'gregory',
      timeZone: 'UTC',
    })
    dateFormats.set(locale, format)
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`))
}

/**
 * Name of a language as written in the reader's language (Intl.DisplayNames), or the
 * language's own native name where the reader's language has no display names.
 * `lang` is set when the name is not in the reader's language.
 */
export function languageName(reader: LocaleRow, language: LocaleRow): { name: string; lang?: string } {
  // Intl calls plain German "Deutsch"; a Leichte Sprache reader shown Einfache Sprache text must
  // be told which variant it is, not just the language.
  if (language.plainVariantOf && language.bcp47 === reader.bcp47) return { name: language.nativeName }
  if (Intl.DisplayNames.supportedLocalesOf([reader.bcp47]).length > 0) {
    const name = new Intl.DisplayNames([reader.bcp47], { type: 'language', fallback: 'none' }).of(language.bcp47)
    if (name) return { name }
  }
  return { name: language.nativeName, lang: language.bcp47 }
}
