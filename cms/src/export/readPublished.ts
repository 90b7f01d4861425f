import type { CollectionSlug, Payload } from 'payload'

/**
 * Every published document of a collection with all locales' stored values. Reads as an
 * anonymous visitor (overrideAccess: false) and filters on _status: the Local API skips
 * access control by default, and `draft: false` alone does not hide unpublished documents.
 */
export async function readPublished<T>(payload: Payload, collection: CollectionSlug): Promise<T[]> {
  const result = await payload.find({
    collection,
    locale: 'all',
    draft: false,
    overrideAccess: false,
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
  })
  return result.docs as T[]
}
