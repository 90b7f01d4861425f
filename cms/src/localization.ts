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
    ...(row.fallback.length > 0 ? { fallbackLocale: [...row.fallback] } : {}),
  })),
}
