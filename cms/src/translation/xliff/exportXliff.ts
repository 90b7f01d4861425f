import type { CollectionSlug, Field, PayloadRequest } from 'payload'

import { defaultLocale } from '@wir/shared/locales'

import { localizedValuesOf } from '../localizedPaths'
import { plainText } from '../plainText'
import { readAllForTranslation, readForTranslation, reportFor } from '../documentReport'
import type { Tracking } from '../tracking'
import { blockToXliff, blocksOf, escapeXml } from './inline'

export type XliffSelection = { collection: CollectionSlug; id: number | string }

const isRichText = (value: unknown): value is { root: Parameters<typeof blocksOf>[0] } =>
  Boolean(value && typeof value === 'object' && 'root' in value)

/**
 * XLIFF 2.0 for an agency: one <file> per document, one <unit> per localized field with German
 * text (rich text: one segment per block, inline markup kept). Each unit notes the hash of the
 * German source it was made from, so an import after the German text changed is refused.
 */
export async function exportXliff(
  req: PayloadRequest,
  { locale, documents, onlyOpen }: { locale: string; documents: XliffSelection[]; onlyOpen: boolean },
): Promise<string> {
  const files: string[] = []
  for (const { collection, id } of documents) {
    const doc = await readForTranslation(req, collection, id)
    const fields: readonly Field[] = req.payload.collections[collection]!.config.fields
    const german = localizedValuesOf(fields, doc, defaultLocale)
    const report = reportFor({ fields, doc, locale })
    const tracking = doc.translationTracking as Tracking | null | undefined
    const units: string[] = []
    for (const [path, value] of german) {
      if (!plainText(value)) continue
      const status = report.fields.find((field) => field.path === path)?.status
      if (onlyOpen && status === 'upToDate') continue
      const hash = tracking?.source[path]?.hash ?? ''
      const segments = isRichText(value)
        ? blocksOf(value.root).map(
            (block, index) => `<segment id="b${index + 1}"><source>${blockToXliff(block)}</source></segment>`,
          )
        : [`<segment id="t1"><source>${escapeXml(String(value))}</source></segment>`]
      units.push(
        `    <unit id="${escapeXml(path)}" name="${isRichText(value) ? 'richText' : 'text'}">\n` +
          `      <notes><note id="sourceHash" category="wir">${hash}</note></notes>\n` +
          segments.map((segment) => `      ${segment}`).join('\n') +
          `\n    </unit>`,
      )
    }
    if (units.length)
      files.push(
        `  <file id="${escapeXml(`${collection}:${id}`)}" original="${escapeXml(`${collection}/${id}`)}">\n${units.join('\n')}\n  </file>`,
      )
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${defaultLocale}" trgLang="${escapeXml(locale)}">\n${files.join('\n')}\n</xliff>\n`
}

/** Every document of the translated collections that is missing or outdated in a locale. */
export async function openDocuments(
  req: PayloadRequest,
  locale: string,
  collections: readonly CollectionSlug[],
): Promise<XliffSelection[]> {
  const out: XliffSelection[] = []
  for (const collection of collections) {
    const docs = await readAllForTranslation(req, collection)
    const fields = req.payload.collections[collection]!.config.fields
    for (const doc of docs) {
      const { status } = reportFor({ fields, doc, locale })
      if (status === 'missing' || status === 'outdated') out.push({ collection, id: doc.id })
    }
  }
  return out
}
