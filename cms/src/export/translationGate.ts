import type { Field } from 'payload'

import { defaultLocale } from '@wir/shared/locales'

import type { Tracking } from '../translation/tracking'

type Doc = Record<string, unknown>

/** Locales of a document whose translation is marked ready (German always is). */
export function readyLocales(doc: Doc): Set<string> {
  const states = (doc.translationState ?? {}) as Record<string, string | null>
  return new Set([
    defaultLocale,
    ...Object.entries(states)
      .filter(([, state]) => state === 'ready')
      .map(([locale]) => locale),
  ])
}

/**
 * The document with every localized value of a not-ready locale removed, so a half-done
 * translation never reaches the site: readers get the fallback text with a notice instead.
 */
export function withoutUnreadyLocales(fields: readonly Field[], doc: Doc, ready: ReadonlySet<string>): Doc {
  const out: Doc = { ...doc }
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          out[tab.name] = withoutUnreadyLocales(tab.fields, (doc[tab.name] ?? {}) as Doc, ready)
        else Object.assign(out, withoutUnreadyLocales(tab.fields, out, ready))
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) Object.assign(out, withoutUnreadyLocales(field.fields, out, ready))
      continue
    }
    const value = doc[field.name]
    if (value === null || value === undefined) continue
    if ('localized' in field && field.localized && typeof value === 'object') {
      out[field.name] = Object.fromEntries(Object.entries(value as Doc).filter(([locale]) => ready.has(locale)))
    } else if (field.type === 'array' && Array.isArray(value)) {
      out[field.name] = value.map((row) => withoutUnreadyLocales(field.fields, row as Doc, ready))
    } else if (field.type === 'group' && typeof value === 'object') {
      out[field.name] = withoutUnreadyLocales(field.fields, value as Doc, ready)
    }
  }
  return out
}

export type TranslationInfo = {
  provenance: 'person' | 'agency' | 'machine' | 'edition'
  translatedAt: string
  checked: boolean
}

/** What readers are told about each published translation: who made it, when, and whether it was checked. */
export function translationInfo(doc: Doc, ready: ReadonlySet<string>): Record<string, TranslationInfo> {
  const tracking = doc.translationTracking as Tracking | null | undefined
  const provenance = (doc.translationProvenance ?? {}) as Record<string, TranslationInfo['provenance'] | null>
  const out: Record<string, TranslationInfo> = {}
  for (const locale of ready) {
    if (locale === defaultLocale) continue
    const entries = Object.values(tracking?.locales[locale] ?? {})
    if (entries.length === 0) continue
    const kind = provenance[locale] ?? entries[0]!.provenance
    out[locale] = {
      provenance: kind,
      translatedAt: entries
        .map((entry) => entry.savedAt)
        .sort()
        .at(-1)!,
      checked: kind !== 'machine' && entries.every((entry) => entry.checkedAt && entry.provenance !== 'machine'),
    }
  }
  return out
}
