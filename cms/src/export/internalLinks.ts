import { contentTypes } from '@wir/shared/contentTypes'
import { pageTree } from '@wir/shared/pageTree'
import { internalLinkScheme } from '@wir/shared/snapshot'
import { routePath, type Route } from '@wir/shared/urls'

import { treePage } from '../routes/treePage'

type Doc = { id: number | string; slug: string; parent?: unknown }

/**
 * Public route (without locale) of every published document, keyed "collection:id". Links in
 * rich text are references to documents; resolving them here, at export time, means a changed
 * slug never breaks a link and a link to an unpublished document never becomes a dead one.
 * `published` holds the published documents per Payload collection of the linkable types.
 */
export function routeIndex(published: Record<string, Doc[]>): Map<string, string> {
  const index = new Map<string, string>()
  for (const row of contentTypes.filter((type) => type.linkable && type.section)) {
    const docs = published[row.collection] ?? []
    if (row.collection === 'pages') {
      // Pages nest under their published parents (shared/src/pageTree.ts).
      const { slugPath } = pageTree(docs.map(treePage))
      for (const page of docs)
        index.set(`pages:${page.id}`, routePath({ kind: 'page', slugPath: slugPath.get(String(page.id))! }))
      continue
    }
    const section = row.section as Extract<Route, { kind: 'document' }>['section']
    for (const doc of docs)
      index.set(`${row.collection}:${doc.id}`, routePath({ kind: 'document', section, slug: doc.slug }))
  }
  return index
}

/** The href an internal link gets in the snapshot; the site puts the reader's locale in front. */
export function internalHref(
  index: Map<string, string>,
  doc: { relationTo?: string; value?: unknown } | undefined,
): string | undefined {
  if (!doc?.relationTo) return undefined
  const id = typeof doc.value === 'object' && doc.value !== null ? (doc.value as { id: unknown }).id : doc.value
  const path = index.get(`${doc.relationTo}:${id}`)
  return path && `${internalLinkScheme}${path}`
}
