import type { LocalizationConfig } from 'payload'

import { defaultLocale, locales } from '@wir/shared/locales'

/** Payload's localization, derived from the one locale table in shared/. */
export const localization: LocalizationConfig = {
  defaultLocale,
  fallback: true,
  locales: locales.map((row) => ({
    code: row.code,
    label: `${row.nativeName} (${row.englishName})`,
    rtl: row.dir === 'rtl',
    // The default locale gets no fallback in the admin: an editor must see an empty German
    // field, not English text that looks as if it were German.
    ...(row.code !== defaultLocale && row.fallback.length > 0 ? { fallbackLocale: [...row.fallback] } : {}),
  })),
}
