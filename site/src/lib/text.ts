/**
 * Localized content values, resolved along the locale's fallback chain (shared
 * `resolveLocalized`). A value in another locale than the page is never passed off as a
 * translation: `fallbackAttrs` tags its element with the real language (and direction) and keeps
 * it out of the page language's search index; `FallbackNotice.astro` tells the reader.
 */
import { getLocale, type LocaleRow } from '@wir/shared/locales'
import { resolveLocalized, type Localized } from '@wir/shared/localized'
import { internalLinkScheme } from '@wir/shared/snapshot'

export type Text = {
  value: string
  /** Locale row the text is really in. */
  locale: LocaleRow
  isFallback: boolean
}

/**
 * The text for a locale along its fallback chain (German's chain ends in English). Internal
 * links in HTML (`wir:/route/`) get the reader's locale, also inside fallback text: a German
 * text shown on an Arabic page links to the Arabic pages.
 */
export function pick(values: Localized<string> | undefined, locale: string): Text | undefined {
  const resolved = resolveLocalized(values, locale)
  if (!resolved) return undefined
  const value = resolved.value.includes(internalLinkScheme)
    ? resolved.value.replaceAll(`href="${internalLinkScheme}/`, `href="/${getLocale(locale).path}/`)
    : resolved.value
  return { value, locale: getLocale(resolved.locale), isFallback: resolved.isFallback }
}

/** Like `pick`, for values that always exist somewhere (validated names/titles); never empty. */
export function pickOr(values: Localized<string> | undefined, locale: string, placeholder: string): Text {
  return pick(values, locale) ?? { value: placeholder, locale: getLocale(locale), isFallback: false }
}

export type FallbackAttrs = { lang?: string; dir?: string; 'data-pagefind-ignore'?: '' }

/**
 * Attributes for the element holding a text on a page in `page`'s locale: nothing for a real
 * translation; for a fallback the text's `lang` (and `dir` when it differs from the page) and
 * `data-pagefind-ignore`, so it is not indexed under the page's language.
 */
export function fallbackAttrs(text: Text | undefined, page: LocaleRow): FallbackAttrs {
  if (!text?.isFallback) return {}
  const attrs: FallbackAttrs = { 'data-pagefind-ignore': '' }
  if (text.locale.bcp47 !== page.bcp47) attrs.lang = text.locale.bcp47
  if (text.locale.dir !== page.dir) attrs.dir = text.locale.dir
  return attrs
}

/** The distinct locales the given texts fall back to, in first-seen order. */
export function fallbackLocales(texts: readonly (Text | null | undefined)[]): LocaleRow[] {
  const seen = new Map<string, LocaleRow>()
  for (const text of texts) if (text?.isFallback && !seen.has(text.locale.code)) seen.set(text.locale.code, text.locale)
  return [...seen.values()]
}

/** Plain text of an HTML fragment, for meta descriptions. */
export function excerpt(html: string, max = 160): string {
  const plain = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')} …`
}
