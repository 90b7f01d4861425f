import { createHash } from 'node:crypto'

/**
 * What the translation workflow remembers per document, per field: the German source's text
 * and when it last changed, and for each translation the source it was made from. A field's
 * translation is outdated when the source changed after it; nothing else counts.
 */
export type Provenance = 'person' | 'agency' | 'machine' | 'edition'

export type SourceEntry = { hash: string; text: string; changedAt: string }
export type TranslationEntry = {
  sourceHash: string | null
  /** The German text the translation was made from: what the translator's diff compares with. */
  sourceText: string
  savedAt: string
  provenance: Provenance
  /** Last time a person confirmed the translation; never set for machine translations. */
  checkedAt: string | null
}
export type Tracking = {
  source: Record<string, SourceEntry>
  locales: Record<string, Record<string, TranslationEntry>>
}

export const emptyTracking = (): Tracking => ({ source: {}, locales: {} })

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)

type Change = {
  tracking: Tracking | null | undefined
  locale: string
  sourceLocale: string
  /** Plain texts of the fields this save touches (path → text, '' when emptied). */
  texts: Map<string, string>
  /** Plain texts of the same fields before the save, in the same locale. */
  previousTexts: Map<string, string>
  isMinorChange: boolean
  provenance: Provenance
  now: string
}

/** The tracking after one save in one locale. Pure, so it can be tested without a database. */
export function recordSave({
  tracking,
  locale,
  sourceLocale,
  texts,
  previousTexts,
  isMinorChange,
  provenance,
  now,
}: Change): Tracking {
  const next: Tracking = structuredClone(tracking ?? emptyTracking())
  if (locale === sourceLocale) {
    for (const [path, text] of texts) {
      const before = next.source[path]
      const hash = hashText(text)
      if (before?.hash === hash) continue
      next.source[path] = { hash, text, changedAt: now }
      if (isMinorChange && before) {
        // A typo fix: translations that matched the old source still match the new one.
        for (const entries of Object.values(next.locales)) {
          const entry = entries[path]
          if (entry?.sourceHash === before.hash) Object.assign(entry, { sourceHash: hash, sourceText: text })
        }
      }
    }
    return next
  }
  const entries = (next.locales[locale] ??= {})
  for (const [path, text] of texts) {
    if (!text) {
      delete entries[path]
      continue
    }
    const isUnchanged = entries[path] && previousTexts.get(path) === text
    if (isUnchanged) continue
    const source = next.source[path]
    entries[path] = {
      sourceHash: source?.hash ?? null,
      sourceText: source?.text ?? '',
      savedAt: now,
      provenance,
      checkedAt: provenance === 'machine' ? null : now,
    }
  }
  return next
}

/** "Still correct": the translator confirms the translation against the current source. */
export function confirmTranslation({
  tracking,
  locale,
  paths,
  now,
}: {
  tracking: Tracking
  locale: string
  paths: readonly string[]
  now: string
}): Tracking {
  const next = structuredClone(tracking)
  for (const path of paths) {
    const entry = next.locales[locale]?.[path]
    const source = next.source[path]
    if (!entry || !source) continue
    Object.assign(entry, {
      sourceHash: source.hash,
      sourceText: source.text,
      checkedAt: entry.provenance === 'machine' ? null : now,
    })
  }
  return next
}
