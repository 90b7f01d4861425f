import type { CollectionSlug, Payload } from 'payload'

import { readyLocales, translationInfo, withoutUnreadyLocales, type TranslationInfo } from './translationGate'

/**
 * Every published document of a collection with the stored values of its ready locales.
 * Reads as an anonymous visitor (overrideAccess: false) and filters on _status: the Local API
 * skips access control by default, and `draft: false` alone does not hide unpublished documents.
 */
export async function readPublished<T>(
  payload: Payload,
  collection: CollectionSlug,
): Promise<(T & { translations: Record<string, TranslationInfo> })[]> {
  const result = await payload.find({
    collection,
    locale: 'all',
    draft: false,
    overrideAccess: false,
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
  })
  const fields = payload.collections[collection]!.config.fields
  return result.docs.map((doc) => {
    const record = doc as unknown as Record<string, unknown>
    const ready = readyLocales(record)
    return { ...(withoutUnreadyLocales(fields, record, ready) as T), translations: translationInfo(record, ready) }
  })
}
