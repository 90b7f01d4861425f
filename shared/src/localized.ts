import { lookupChain } from './locales.ts'

/** A text as stored per locale: only the locales that really have it are keys. */
export type Localized<T> = Partial<Record<string, T>>

export type Resolved<T> = {
  value: T
  /** Locale the value really is in; differs from the requested one when it is a fallback. */
  locale: string
  isFallback: boolean
}

/**
 * Picks the value for a locale, walking its fallback chain. Never pretends: the result says
 * which locale the text is really in, so the site can mark it and show a notice.
 */
export function resolveLocalized<T>(values: Localized<T> | undefined, locale: string): Resolved<T> | undefined {
  if (!values) return undefined
  for (const candidate of lookupChain(locale)) {
    const value = values[candidate]
    if (value !== undefined && value !== null && value !== '') {
      return { value, locale: candidate, isFallback: candidate !== locale }
    }
  }
  return undefined
}

export function hasLocale(values: Localized<unknown> | undefined, locale: string): boolean {
  const value = values?.[locale]
  return value !== undefined && value !== null && value !== ''
}
