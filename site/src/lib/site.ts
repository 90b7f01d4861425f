import type { LocaleRow } from '@wir/shared/locales'

/**
 * hreflang of a locale, from the shared table: a plain-language variant shares `lang="de"` with
 * its base language (same search index, same hyphenation), but two alternates claiming
 * `hreflang="de"` would be ambiguous, so the variant has its own (`de-x-simple`).
 */
export function hreflangOf(row: LocaleRow): string {
  return row.hreflang
}
