import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { queueSiteBuild } from '../jobs/queueSiteBuild'

type Doc = {
  id: number | string
  _status?: 'draft' | 'published' | null
  adminTitle?: string | null
  title?: unknown
  name?: unknown
}

const who = (req: PayloadRequest) => {
  const user = req.user as { name?: string | null; email?: string } | null
  return user ? user.name || user.email : 'Zeitplan oder System'
}

function describe(collection: { labels?: { singular?: unknown }; slug: string }, doc: Doc): string {
  const label = typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug
  const title =
    doc.adminTitle ||
    (typeof doc.title === 'string' ? doc.title : typeof doc.name === 'string' ? doc.name : `#${doc.id}`)
  return `${label} „${title}“`
}

/**
 * Only what residents can see changes the site: publishing, changing a published document,
 * unpublishing and deleting a published document. Saving a draft of a published document
 * leaves the published row untouched (Payload writes the draft as a version only), which is
 * how a draft save is told apart from unpublishing here.
 */
export const queueSiteBuildAfterChange: CollectionAfterChangeHook<Doc> = async ({
  doc,
  previousDoc,
  collection,
  req,
  operation,
}) => {
  if (req.context.isSeed || req.context.skipSiteBuild) return doc
  const statusField = collection.versions?.drafts
  if (statusField && doc._status !== 'published') {
    if (operation === 'create' || previousDoc?._status !== 'published') return doc
    const stored = await req.payload.db.findOne<Doc>({
      collection: collection.slug,
      where: { id: { equals: doc.id } },
      req,
    })
    if (stored?._status === 'published') return doc
    await queueSiteBuild(
      req.payload,
      { reason: `${describe(collection, doc)} zurückgezogen`, triggeredBy: who(req) },
      req,
    )
    return doc
  }
  await queueSiteBuild(
    req.payload,
    { reason: `${describe(collection, doc)} veröffentlicht`, triggeredBy: who(req) },
    req,
  )
  return doc
}

export const queueSiteBuildAfterDelete: CollectionAfterDeleteHook<Doc> = async ({ doc, collection, req }) => {
  if (req.context.isSeed || req.context.skipSiteBuild) return doc
  if (collection.versions?.drafts && doc._status !== 'published') return doc
  await queueSiteBuild(req.payload, { reason: `${describe(collection, doc)} gelöscht`, triggeredBy: who(req) }, req)
  return doc
}
