import { defaultLocale, getLocale, locales, type LocaleRow } from '@wir/shared/locales'
import { localePath, type Route } from '@wir/shared/urls'

/**
 * hreflang of a locale. Normally its BCP 47 tag; a plain-language variant shares `lang="de"`
 * with its base language (same search index, same hyphenation), but two alternates claiming
 * `hreflang="de"` would be ambiguous, so the variant uses its locale code (`de-x-simple`, a valid
 * BCP 47 private-use tag). Proposed for the shared table as an explicit `hreflang` column.
 */
export function hreflangOf(row: LocaleRow): string {
  return row.hreflang
}

export type Alternate = { hreflang: string; href: string }

/** Every locale version of a route, plus x-default (the German page). Paths, not absolute. */
export function alternates(route: Route): Alternate[] {
  return [
    ...locales.map((row) => ({ hreflang: hreflangOf(row), href: localePath(row.code, route) })),
    { hreflang: 'x-default', href: localePath(defaultLocale, route) },
  ]
}

/** Locales whose pages share a search index with another locale (base language + its variants). */
export function variantFilter(locale: string): { base: LocaleRow; value: string } | undefined {
  const row = getLocale(locale)
  const base = row.plainVariantOf ? getLocale(row.plainVariantOf) : row
  if (!locales.some((other) => other.plainVariantOf === base.code)) return undefined
  return { base, value: row.nativeName }
}
