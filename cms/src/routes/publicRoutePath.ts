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
  if (collection === 'pages') {
    const slugPath = [doc.slug]
    let parent = doc.parent
    for (let depth = 0; parent && depth < 10; depth++) {
      const parentDoc =
        typeof parent === 'object'
          ? (parent as { slug?: string; parent?: unknown })
          : await req.payload.findByID({ collection: 'pages', id: parent as string, depth: 0, req, draft: false })
      if (!parentDoc?.slug) break
      slugPath.unshift(parentDoc.slug)
      parent = parentDoc.parent
    }
    return routePath({ kind: 'page', slugPath })
  }
  const section = collectionSections[collection as keyof typeof collectionSections]
  if (!section) return undefined
  const route: Route = { kind: 'document', section, slug: doc.slug }
  return routePath(route)
}
