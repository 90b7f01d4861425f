import { defaultLocale, getLocale } from '@wir/shared/locales'

/** The main pagefind bundle: every language, split by <html lang> (pagefind's multilingual mode). */
export const mainBundle = 'pagefind'

/**
 * A second bundle holding only the default locale's pages (German), for readers whose language
 * gives few results. pagefind skips mergeIndex on the primary bundle's own path and searches a
 * merged index with the primary language's stemmer, so the German results come from their own
 * bundle and their own pagefind instance (German stemming, own result list).
 */
export const secondaryBundle = `pagefind-${getLocale(defaultLocale).path}`
export const secondaryGlob = `${getLocale(defaultLocale).path}/**/*.html`
