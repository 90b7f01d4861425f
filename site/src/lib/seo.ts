/**
 * Title and description for the head. Editors' search-engine texts (@payloadcms/plugin-seo,
 * exported as `meta`) win, but only in the page's own locale: a German description on the
 * Arabic page would describe it in the wrong language. Otherwise the view's generated text.
 */
import type { SeoMeta } from '@wir/shared/snapshot'

export type HeadText = { title: string; description: string }

export function headText(meta: SeoMeta | undefined, locale: string, generated: HeadText): HeadText {
  const own = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined)
  return {
    title: own(meta?.title[locale]) ?? generated.title,
    description: own(meta?.description[locale]) ?? generated.description,
  }
}
