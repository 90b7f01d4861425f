import type { CollectionAfterChangeHook } from 'payload'

import { publicRoutePath } from '../routes/publicRoutePath'

/**
 * A changed slug must not break links, bookmarks or printed URLs: keep a redirect from the
 * old path (without locale prefix, so it applies to every language) to the document.
 */
export const redirectOldSlug: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req }) => {
  const oldSlug = previousDoc?.slug
  if (!oldSlug || oldSlug === doc.slug || req.context.skipRedirects) return doc
  const from = await publicRoutePath({ collection: collection.slug, doc: { ...previousDoc, slug: oldSlug }, req })
  if (!from) return doc
  const existing = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    limit: 1,
    req,
    depth: 0,
  })
  const redirect = {
    from,
    to: { type: 'reference' as const, reference: { relationTo: collection.slug, value: doc.id } },
  }
  if (existing.docs[0]) {
    await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data: redirect as never, req })
  } else {
    await req.payload.create({ collection: 'redirects', data: redirect as never, req })
  }
  return doc
}
