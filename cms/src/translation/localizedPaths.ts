import type { Field } from 'payload'

/** Fields whose translations are tracked: everything localized except the workflow's own fields. */
const untracked = new Set(['translationState', 'translationProvenance', 'slug', 'meta'])

type Data = Record<string, unknown>

/**
 * Localized leaf values of one locale's data, keyed by a stable path: `title`, or
 * `subtopics.<rowId>.title` for a field inside an array row (row ids survive reordering).
 */
export function localizedValues(
  fields: readonly Field[],
  data: Data | null | undefined,
  prefix = '',
  allLocalesPick?: string,
): Map<string, unknown> {
  const out = new Map<string, unknown>()
  if (!data) return out
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? (data[tab.name] as Data) : data
        const innerPrefix = 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix
        for (const [path, value] of localizedValues(tab.fields, inner, innerPrefix, allLocalesPick))
          out.set(path, value)
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field)
        for (const [path, value] of localizedValues(field.fields, data, prefix, allLocalesPick)) out.set(path, value)
      continue
    }
    if (untracked.has(field.name) || !(field.name in data)) continue
    const value = data[field.name]
    if ('localized' in field && field.localized) {
      // A document read with locale 'all' holds { de: …, en: … } in each localized field.
      const picked = allLocalesPick === undefined ? value : ((value as Data | null)?.[allLocalesPick] ?? null)
      out.set(`${prefix}${field.name}`, picked)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value as Data[]) {
        if (typeof row?.id !== 'string') continue
        for (const [path, inner] of localizedValues(
          field.fields,
          row,
          `${prefix}${field.name}.${row.id}.`,
          allLocalesPick,
        ))
          out.set(path, inner)
      }
    } else if (field.type === 'group' && value && typeof value === 'object') {
      for (const [path, inner] of localizedValues(
        field.fields,
        value as Data,
        `${prefix}${field.name}.`,
        allLocalesPick,
      ))
        out.set(path, inner)
    }
  }
  return out
}

/** One locale's localized values of a document read with `locale: 'all'` (no fallback). */
export function localizedValuesOf(fields: readonly Field[], docAllLocales: Data, locale: string): Map<string, unknown> {
  return localizedValues(fields, docAllLocales, '', locale)
}
