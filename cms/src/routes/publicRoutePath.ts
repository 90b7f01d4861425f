import type { PayloadRequest } from 'payload'

import { contentTypeByCollection } from '@wir/shared/contentTypes'
import { pageTree } from '@wir/shared/pageTree'
import { routePath, type Route } from '@wir/shared/urls'

import { treePage } from './treePage'

/**
 * The public path of a document without locale prefix, or undefined if it has none: the path
 * the site builds for it once it is published (a page is placed among the published pages,
 * shared/src/pageTree.ts), so a redirect or a preview leads where the site puts it.
 */
export async function publicRoutePath({
  collection,
  doc,
  req,
}: {
  collection: string
  doc: { id: number | string; slug?: string | null; parent?: unknown }
  req: PayloadRequest
}): Promise<string | undefined> {
  if (!doc.slug) return undefined
  const row = contentTypeByCollection(collection)
  // Forms are addressed by their printed code (formHelpPath), not by a slug.
  if (!row?.section || !row.redirects) return undefined
  if (collection === 'pages') return routePath({ kind: 'page', slugPath: await pageSlugPath({ doc, req }) })
  const section = row.section as Extract<Route, { kind: 'document' }>['section']
  return routePath({ kind: 'document', section, slug: doc.slug })
}

/**
 * The slugs from the top of the page tree down to this page (its public path under /seiten/),
 * placed among the published pages by the one page-tree rule the export and the site use.
 */
export async function pageSlugPath({
  doc,
  req,
}: {
  doc: { id: number | string; slug?: string | null; parent?: unknown }
  req: PayloadRequest
}): Promise<string[]> {
  const self = treePage({ id: doc.id, slug: doc.slug ?? '', parent: doc.parent })
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { _status: { equals: 'published' } },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const published = docs.map(treePage).filter((page) => page.id !== self.id)
  return pageTree([...published, self]).slugPath.get(self.id)!
}
