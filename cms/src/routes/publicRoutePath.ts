import type { PayloadRequest } from 'payload'

import { routePath, type Route } from '@wir/shared/urls'

/** Payload collection slug → section of the public URL scheme. */
export const collectionSections = {
  'fields-of-action': 'fieldsOfAction',
  measures: 'measures',
  offices: 'offices',
  news: 'news',
} as const

/** The public path of a document without locale prefix, or undefined if it has none. */
export async function publicRoutePath({
  collection,
  doc,
  req,
}: {
  collection: string
  doc: { slug?: string | null; parent?: unknown }
  req: PayloadRequest
}): Promise<string | undefined> {
  if (!doc.slug) return undefined
  if (collection === 'pages') return routePath({ kind: 'page', slugPath: await pageSlugPath({ doc, req }) })
  const section = collectionSections[collection as keyof typeof collectionSections]
  if (!section) return undefined
  const route: Route = { kind: 'document', section, slug: doc.slug }
  return routePath(route)
}

/** The slugs from the top of the page tree down to this page (its public path under /seiten/). */
export async function pageSlugPath({
  doc,
  req,
}: {
  doc: { slug?: string | null; parent?: unknown }
  req: PayloadRequest
}): Promise<string[]> {
  const slugPath = [doc.slug ?? '']
  let parent = doc.parent
  for (let depth = 0; parent && depth < 10; depth++) {
    const parentDoc =
      typeof parent === 'object'
        ? (parent as { slug?: string; parent?: unknown })
        : // find, not findByID: a parent deleted meanwhile ends the path instead of failing the save
          (await req.payload.find({ collection: 'pages', where: { id: { equals: parent } }, limit: 1, depth: 0, req }))
            .docs[0]
    if (!parentDoc?.slug) break
    slugPath.unshift(parentDoc.slug)
    parent = parentDoc.parent
  }
  return slugPath
}
