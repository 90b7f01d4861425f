import { isDeepStrictEqual } from 'node:util'

import type { Field } from 'payload'

type Data = Record<string, unknown>
type Row = Data & { id?: unknown; blockType?: string }

const asData = (value: unknown): Data => (value && typeof value === 'object' ? (value as Data) : {})
const rowById = (rows: unknown, id: unknown): Data =>
  asData(Array.isArray(rows) ? rows.find((row: Row) => row?.id === id) : undefined)

type Merge = { locale: string; keepStructure: boolean }

/**
 * What the public document is after publishing one locale: the last published state with
 * this locale's values taken from the new state (rows matched by id, not by position, so
 * a reordered list never mixes up texts). Every other locale keeps its published values.
 * Non-localized values (structure: rows, order, numbers, relations) come from the new state,
 * unless `keepStructure` (a translator's publish): then they stay as published too.
 * Both documents are raw database states with every locale (`locale: 'all'`).
 */
export function publishedState({
  fields,
  published,
  next,
  locale,
  keepStructure,
}: { fields: Field[]; published: Data; next: Data } & Merge): Data {
  return { ...next, ...mergeFields(fields, published, next, { locale, keepStructure }), _status: 'published' }
}

function mergeFields(fields: Field[], published: Data, next: Data, merge: Merge): Data {
  const result: Data = {}
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          result[tab.name] = tab.localized
            ? localeMerged(published[tab.name], next[tab.name], merge.locale)
            : mergeFields(tab.fields, asData(published[tab.name]), asData(next[tab.name]), merge)
        } else Object.assign(result, mergeFields(tab.fields, published, next, merge))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields))
        Object.assign(result, mergeFields(field.fields, published, next, merge))
      continue
    }
    if (field.type === 'ui') continue
    const name = field.name
    if ('localized' in field && field.localized) {
      result[name] = localeMerged(published[name], next[name], merge.locale)
    } else if (field.type === 'array' || field.type === 'blocks') {
      const rows = (merge.keepStructure ? published[name] : next[name]) as Row[] | null | undefined
      result[name] = Array.isArray(rows)
        ? rows.map((row) => {
            const rowFields =
              field.type === 'array'
                ? field.fields
                : (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? [])
            return {
              ...row,
              ...mergeFields(rowFields, rowById(published[name], row.id), rowById(next[name], row.id), merge),
            }
          })
        : rows
    } else if (field.type === 'group') {
      result[name] = mergeFields(field.fields, asData(published[name]), asData(next[name]), merge)
    } else {
      const fromPublished = merge.keepStructure && !field.custom?.openToTranslators
      result[name] = fromPublished ? published[name] : next[name]
    }
  }
  return result
}

function localeMerged(published: unknown, next: unknown, locale: string): Data {
  const merged = { ...asData(published) }
  const nextValues = asData(next)
  if (locale in nextValues) merged[locale] = nextValues[locale]
  else delete merged[locale]
  return merged
}

const volatile = ['createdAt', 'updatedAt', '_status', 'id']
const comparable = (doc: Data) =>
  JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(doc).filter(([key]) => !volatile.includes(key)))))

/** Whether the new state differs from the published one in anything but what this publish publishes. */
export function hasOtherPendingChanges(args: { fields: Field[]; published: Data; next: Data } & Merge): boolean {
  return !isDeepStrictEqual(comparable(publishedState(args)), comparable(args.next))
}
