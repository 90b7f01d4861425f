/**
 * What the site search can filter on. pagefind filters are written into each content page as
 * `name:value` with stable keys (never translated), so one query and its filters mean the same
 * in every language index; the search page shows the labels in the reader's language.
 */
import { contentTypeOf, searchTypes, type SearchType } from '@wir/shared/contentTypes'
import { getLocale, locales, type LocaleRow } from '@wir/shared/locales'
import type { MessageKey } from '../i18n/index.ts'

/**
 * Result types, in the order the type filter lists them: the content types with `search` in
 * shared/src/contentTypes.ts (each with its `search.type.<type>` interface string in every locale).
 */
export { searchTypes, type SearchType }

export const typeLabelKey = (type: SearchType) => `search.type.${type}` as MessageKey

export type SearchFilters = {
  type: SearchType
  /** Slugs of the fields of action the page belongs to. */
  fields?: readonly string[]
  /** Office or form code, for exact code look-up ("15.3"). */
  code?: string
}

/** The `data-pagefind-filter` values of a content page in a locale. */
export function pagefindFilters(locale: string, filters: SearchFilters): string[] {
  // The content type table says which filters a type's pages carry; the search page offers those.
  const declared: readonly string[] = contentTypeOf(filters.type).search?.filters ?? []
  const used = [...(filters.fields ? ['field'] : []), ...(filters.code ? ['code'] : [])]
  for (const key of used.filter((name) => !declared.includes(name)))
    throw new Error(`[wir/site] Search filter "${key}" is not declared for type "${filters.type}"`)
  const values = [`type:${filters.type}`, ...(filters.fields ?? []).map((slug) => `field:${slug}`)]
  if (filters.code) values.push(`code:${filters.code}`)
  if (sharesIndex(locale)) values.push(`variant:${locale}`)
  return values
}

/** The locales whose pages land in one pagefind language index (German and plain German). */
export function indexSiblings(locale: string): LocaleRow[] {
  const lang = getLocale(locale).pagefindLang
  return locales.filter((row) => row.pagefindLang === lang)
}

/** Whether pages of this locale share their search index with another locale (variant filter). */
export function sharesIndex(locale: string): boolean {
  return indexSiblings(locale).length > 1
}
