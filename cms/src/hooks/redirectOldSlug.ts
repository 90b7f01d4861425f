import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { routePath } from '@wir/shared/urls'

import { pageSlugPath, publicRoutePath } from '../routes/publicRoutePath'

type Move = { from: string; to: string; id: number | string }

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : (value ?? null)

/**
 * A changed address must not break links, bookmarks or printed URLs: keep a redirect from the
 * old path (without locale prefix, so it applies to every language) to the document. A page's
 * address contains its parents' slugs, so renaming or moving a page changes the address of every
 * page below it too: each of them gets a redirect from its old path. The redirects name the
 * documents, not paths, so they keep leading to the right page after later changes.
 */
export const redirectOldSlug: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req }) => {
  if (!previousDoc?.slug || req.context.skipRedirects) return doc
  const isPage = collection.slug === 'pages'
  const moved = isPage && String(idOf(previousDoc.parent)) !== String(idOf(doc.parent))
  if (previousDoc.slug === doc.slug && !moved) return doc
  const moves: Move[] = []
  if (isPage) {
    const oldBase = await pageSlugPath({ doc: previousDoc, req })
    const newBase = await pageSlugPath({ doc, req })
    for (const { id, below } of [{ id: doc.id, below: [] }, ...(await descendants(doc.id, req))]) {
      moves.push({
        id,
        from: routePath({ kind: 'page', slugPath: [...oldBase, ...below] }),
        to: routePath({ kind: 'page', slugPath: [...newBase, ...below] }),
      })
    }
  } else {
    const from = await publicRoutePath({ collection: collection.slug, doc: previousDoc, req })
    const to = await publicRoutePath({ collection: collection.slug, doc, req })
    if (from && to) moves.push({ from, to, id: doc.id })
  }
  for (const move of moves) await recordRedirect(move, collection.slug, req)
  return doc
}

/** Every page below this one, with the slugs between them (at most ten levels, as the paths). */
async function descendants(id: number | string, req: PayloadRequest) {
  const found: { id: number | string; below: string[] }[] = []
  let level = [{ id, below: [] as string[] }]
  for (let depth = 0; level.length > 0 && depth < 10; depth++) {
    const { docs } = await req.payload.find({
      collection: 'pages',
      where: { parent: { in: level.map((page) => page.id) } },
      pagination: false,
      depth: 0,
      req,
    })
    level = docs.flatMap((child) => {
      const parent = level.find((page) => String(page.id) === String(idOf(child.parent)))
      return parent && child.slug ? [{ id: child.id, below: [...parent.below, child.slug] }] : []
    })
    found.push(...level)
  }
  return found
}

async function recordRedirect({ from, to, id }: Move, collection: string, req: PayloadRequest) {
  if (from === to) return
  const redirect = { from, to: { type: 'reference' as const, reference: { relationTo: collection, value: id } } }
  const existing = await req.payload.find({
    collection: 'redirects',
    where: { from: { in: [from, to] } },
    limit: 2,
    req,
    depth: 0,
  })
  for (const entry of existing.docs) {
    const target = (entry.to as { reference?: { value?: unknown } } | undefined)?.reference?.value
    // The document has its old address back: a redirect from there to it would shadow it.
    if (entry.from === to && String(idOf(target)) === String(id)) {
      await req.payload.delete({ collection: 'redirects', id: entry.id, req })
    }
  }
  const old = existing.docs.find((entry) => entry.from === from)
  if (old) await req.payload.update({ collection: 'redirects', id: old.id, data: redirect as never, req })
  else await req.payload.create({ collection: 'redirects', data: redirect as never, req })
}
