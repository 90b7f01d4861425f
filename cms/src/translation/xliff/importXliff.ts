import type { CollectionSlug, Field, PayloadRequest } from 'payload'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { defaultLocale, isLocaleCode } from '@wir/shared/locales'

import { localizedValuesOf } from '../localizedPaths'
import { readForTranslation } from '../documentReport'
import type { Tracking } from '../tracking'
import {
  InlineMarkupError,
  blockToXliff,
  blocksOf,
  inlineIds,
  linksOf,
  xliffToInline,
  type OrderedNode,
} from './inline'

export type UnitResult = { file: string; unit: string; ok: boolean; message: string }
export type ImportReport = { applied: boolean; locale?: string; units: UnitResult[]; error?: string }

type Planned = { collection: CollectionSlug; id: number | string; path: string; value: unknown }

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, processEntities: true })

const child = (nodes: OrderedNode[], tag: string) => nodes.filter((node) => tag in node)
const attr = (node: OrderedNode, name: string) => node[':@']?.[`@_${name}`]
const content = (node: OrderedNode, tag: string) => (node[tag] ?? []) as OrderedNode[]

/**
 * Validates an agency's XLIFF completely before changing anything: right format and target
 * language, known documents and fields, German source unchanged since the export, same
 * segments, only the inline codes the source had. All or nothing: one bad unit rejects the file.
 */
export async function importXliff(
  req: PayloadRequest,
  xml: string,
  { expectedLocale }: { expectedLocale?: string } = {},
): Promise<ImportReport> {
  const wellFormed = XMLValidator.validate(xml)
  if (wellFormed !== true)
    return {
      applied: false,
      units: [],
      error: `Die Datei ist kein gültiges XML (Zeile ${wellFormed.err.line}: ${wellFormed.err.msg}).`,
    }
  const tree = parser.parse(xml) as OrderedNode[]
  const root = child(tree, 'xliff')[0]
  if (!root || attr(root, 'version') !== '2.0') return { applied: false, units: [], error: 'Keine XLIFF-2.0-Datei.' }
  const locale = attr(root, 'trgLang')
  if (!locale || !isLocaleCode(locale) || locale === defaultLocale)
    return { applied: false, units: [], error: `Unbekannte Zielsprache "${locale ?? ''}".` }
  if (expectedLocale && locale !== expectedLocale)
    return { applied: false, units: [], error: `Die Datei ist für "${locale}", erwartet war "${expectedLocale}".` }
  if (attr(root, 'srcLang') !== defaultLocale)
    return { applied: false, units: [], error: 'Die Ausgangssprache der Datei ist nicht Deutsch.' }

  const results: UnitResult[] = []
  const planned: Planned[] = []
  for (const file of child(content(root, 'xliff'), 'file')) {
    const fileId = attr(file, 'id') ?? ''
    const [collection, id] = fileId.split(':') as [CollectionSlug, string]
    const config = collection && req.payload.collections[collection]?.config
    let doc: Awaited<ReturnType<typeof readForTranslation>> | undefined
    if (config) doc = await readForTranslation(req, collection, id).catch(() => undefined)
    const units = child(content(file, 'file'), 'unit')
    if (!config || !doc) {
      for (const unit of units)
        results.push({ file: fileId, unit: attr(unit, 'id') ?? '', ok: false, message: 'Unbekanntes Dokument' })
      continue
    }
    const german = localizedValuesOf(config.fields as Field[], doc, defaultLocale)
    const tracking = doc.translationTracking as Tracking | null | undefined
    for (const unit of units) {
      const path = attr(unit, 'id') ?? ''
      const fail = (message: string) => results.push({ file: fileId, unit: path, ok: false, message })
      if (!german.has(path)) {
        fail('Unbekanntes Feld')
        continue
      }
      const note = child(content(unit, 'unit'), 'notes').flatMap((notes) => child(content(notes, 'notes'), 'note'))
      const exportedHash = note
        .map((entry) =>
          content(entry, 'note')
            .map((text) => String(text['#text'] ?? ''))
            .join(''),
        )
        .join('')
      if (exportedHash !== (tracking?.source[path]?.hash ?? '')) {
        fail('Der deutsche Text wurde seit dem Export geändert – bitte neu exportieren')
        continue
      }
      const segments = child(content(unit, 'unit'), 'segment')
      const targets = segments.map((segment) => child(content(segment, 'segment'), 'target')[0])
      if (targets.some((target) => !target)) {
        fail('Nicht alle Segmente sind übersetzt')
        continue
      }
      const source = german.get(path)
      try {
        if (source && typeof source === 'object' && 'root' in source) {
          const state = structuredClone(source) as { root: Parameters<typeof blocksOf>[0] }
          const blocks = blocksOf(state.root)
          if (blocks.length !== segments.length)
            throw new InlineMarkupError(`Erwartet ${blocks.length} Segmente, gefunden ${segments.length}`)
          blocks.forEach((block, index) => {
            const nested = (block.children ?? []).filter((node) => node.type === 'list')
            const inline = xliffToInline(
              content(targets[index]!, 'target'),
              linksOf(block),
              inlineIds(blockToXliff(block)),
            )
            block.children = [...inline, ...nested]
          })
          planned.push({ collection, id: doc.id, path, value: state })
        } else {
          if (segments.length !== 1) throw new InlineMarkupError('Ein Textfeld hat genau ein Segment')
          const text = xliffToInline(content(targets[0]!, 'target'), new Map(), new Set())
            .map((node) => node.text ?? '')
            .join('')
          if (!text.trim()) throw new InlineMarkupError('Leere Übersetzung')
          planned.push({ collection, id: doc.id, path, value: text })
        }
        results.push({ file: fileId, unit: path, ok: true, message: 'übernommen' })
      } catch (error) {
        if (!(error instanceof InlineMarkupError)) throw error
        fail(error.message)
      }
    }
  }
  if (results.length === 0)
    return { applied: false, locale, units: results, error: 'Die Datei enthält keine Übersetzungen.' }
  if (results.some((result) => !result.ok)) {
    return {
      applied: false,
      locale,
      units: results.map((result) =>
        result.ok ? { ...result, message: 'nicht übernommen (Datei abgelehnt)' } : result,
      ),
    }
  }
  await applyPlanned(req, locale, planned)
  return { applied: true, locale, units: results }
}

/** Writes the validated translations, one save per document, marked as agency translations. */
async function applyPlanned(req: PayloadRequest, locale: string, planned: Planned[]): Promise<void> {
  const byDoc = new Map<string, Planned[]>()
  for (const entry of planned)
    byDoc.set(`${entry.collection}:${entry.id}`, [...(byDoc.get(`${entry.collection}:${entry.id}`) ?? []), entry])
  for (const entries of byDoc.values()) {
    const { collection, id } = entries[0]!
    const current = (await req.payload.findByID({
      collection,
      id,
      locale: locale as never,
      fallbackLocale: false as never,
      draft: true,
      depth: 0,
      req,
      overrideAccess: false,
    })) as unknown as Record<string, unknown>
    const data: Record<string, unknown> = { translationProvenance: 'agency' }
    for (const { path, value } of entries) setPath(data, current, path, value)
    await req.payload.update({
      collection,
      id,
      locale: locale as never,
      draft: current._status === 'draft',
      data: data as never,
      req,
      overrideAccess: false,
    })
  }
}

/** Sets `title` or `subtopics.<rowId>.title`; arrays are sent whole with their row ids. */
function setPath(data: Record<string, unknown>, current: Record<string, unknown>, path: string, value: unknown): void {
  const [head, rowId, ...rest] = path.split('.')
  if (rowId === undefined) {
    data[head!] = value
    return
  }
  const rows = (data[head!] ?? structuredClone(current[head!] ?? [])) as Record<string, unknown>[]
  const row = rows.find((candidate) => candidate.id === rowId)
  if (row) setPath(row, row, rest.join('.'), value)
  data[head!] = rows
}
