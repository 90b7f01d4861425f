import { routePath } from '@wir/shared/urls'
import { internalLinkScheme } from '@wir/shared/snapshot'

import { collectionSections } from '../routes/publicRoutePath'

type Doc = { id: number | string; slug: string; parent?: unknown }
type Published = { fieldsOfAction: Doc[]; measures: Doc[]; offices: Doc[]; pages: Doc[]; news: Doc[] }

/**
 * Public route (without locale) of every published document, keyed "collection:id". Links in
 * rich text are references to documents; resolving them here, at export time, means a changed
 * slug never breaks a link and a link to an unpublished document never becomes a dead one.
 */
export function routeIndex(published: Published): Map<string, string> {
  const index = new Map<string, string>()
  const add = (collection: keyof typeof collectionSections, docs: Doc[]) => {
    for (const doc of docs)
      index.set(
        `${collection}:${doc.id}`,
        routePath({ kind: 'document', section: collectionSections[collection], slug: doc.slug }),
      )
  }
  add('fields-of-action', published.fieldsOfAction)
  add('measures', published.measures)
  add('offices', published.offices)
  add('news', published.news)
  const pages = new Map(published.pages.map((page) => [String(page.id), page]))
  for (const page of published.pages) {
    const slugPath: string[] = []
    for (let current: Doc | undefined = page, depth = 0; current && depth < 10; depth++) {
      slugPath.unshift(current.slug)
      current = current.parent
        ? pages.get(String(typeof current.parent === 'object' ? (current.parent as Doc).id : current.parent))
        : undefined
    }
    index.set(`pages:${page.id}`, routePath({ kind: 'page', slugPath }))
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
