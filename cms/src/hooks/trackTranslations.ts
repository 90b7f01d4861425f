import type { CollectionBeforeChangeHook } from 'payload'

import { defaultLocale } from '@wir/shared/locales'

import { localizedValues } from '../translation/localizedPaths'
import { plainText } from '../translation/plainText'
import { recordSave, type Provenance, type Tracking } from '../translation/tracking'

const texts = (values: Map<string, unknown>) => new Map([...values].map(([path, value]) => [path, plainText(value)]))

/**
 * Keeps the per-field translation record (see translation/tracking.ts) up to date on every save:
 * a German save records the new source text, a save in another locale records which source
 * each changed field was translated from.
 */
export const trackTranslations: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const locale = req.locale
  // The record is the server's: whatever a client sends is replaced, except by the confirm endpoint.
  if (req.context.writeTranslationTracking) return data
  const stored = (originalDoc?.translationTracking as Tracking | undefined) ?? null
  const values = localizedValues(collection.fields, data)
  if (!locale || locale === 'all' || values.size === 0) {
    const { minorChange: _ignored, ...unchanged } = data
    return { ...unchanged, translationTracking: stored }
  }
  const previous = localizedValues(collection.fields, originalDoc ?? {})
  const provenance = (data.translationProvenance ?? originalDoc?.translationProvenance ?? 'person') as Provenance
  const { minorChange, ...rest } = data
  return {
    ...rest,
    translationTracking: recordSave({
      tracking: stored,
      locale,
      sourceLocale: defaultLocale,
      texts: texts(values),
      previousTexts: texts(previous),
      isMinorChange: Boolean(minorChange),
      provenance,
      now: new Date().toISOString(),
    }),
  }
}
