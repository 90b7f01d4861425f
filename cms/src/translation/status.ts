import type { Tracking } from './tracking'

export type FieldStatus = 'missing' | 'outdated' | 'upToDate'
export type DocumentStatus = FieldStatus | 'noSource'

export type FieldReport = {
  path: string
  status: FieldStatus
  sourceText: string
  /** The source as it was when this translation was made (for the diff). */
  translatedFromText: string | null
  translatedAt: string | null
  checkedAt: string | null
}

/**
 * Status of every field that has German source text, for one target locale. A translation
 * with no recorded source counts as outdated: nobody can say what it was made from.
 */
export function fieldStatuses({
  tracking,
  locale,
  translatedPaths,
}: {
  tracking: Tracking | null | undefined
  locale: string
  translatedPaths: ReadonlySet<string>
}): FieldReport[] {
  const source = tracking?.source ?? {}
  const entries = tracking?.locales[locale] ?? {}
  return Object.entries(source)
    .filter(([, entry]) => entry.text !== '')
    .map(([path, entry]) => {
      const translation = entries[path]
      const hasValue = translatedPaths.has(path)
      const status: FieldStatus = !hasValue
        ? 'missing'
        : translation?.sourceHash === entry.hash
          ? 'upToDate'
          : 'outdated'
      return {
        path,
        status,
        sourceText: entry.text,
        translatedFromText: hasValue ? (translation?.sourceText ?? null) : null,
        translatedAt: translation?.savedAt ?? null,
        checkedAt: translation?.checkedAt ?? null,
      }
    })
}

/**
 * One word for a whole document in one locale: the worst of its fields. Documents without
 * German text (the seed's English-only measures) have nothing to translate from yet.
 */
export function documentStatus(fields: readonly FieldReport[]): DocumentStatus {
  if (fields.length === 0) return 'noSource'
  if (fields.every((field) => field.status === 'missing')) return 'missing'
  if (fields.some((field) => field.status !== 'upToDate')) return 'outdated'
  return 'upToDate'
}
