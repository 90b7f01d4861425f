/**
 * The one page-tree walk: where a page sits among the published pages. The CMS's public paths
 * (redirects of old slugs, preview), the export (parents and internal links in the snapshot)
 * and the site (URLs, breadcrumbs, navigation) all place pages with it, so a link, a redirect
 * and the page it leads to always agree.
 *
 * The rule: a page sits under its parent when the parent is published and the chain of
 * published parents above it reaches a top-level page within `maxPageDepth` levels without
 * repeating itself. Otherwise the page moves up to the top level (it never disappears, and
 * its address stays short): an unpublished parent, a cycle editors made, a chain too deep.
 */
export const maxPageDepth = 10

/** A page as the walk needs it: ids as strings, `parent` the stored parent id (or null). */
export type TreePage = { id: string; slug: string; parent: string | null }

export type PageTree = {
  /** The parent a page has in the published tree (null: top level). */
  parentOf: Map<string, string | null>
  /** Slug path of each page from its top-level ancestor. */
  slugPath: Map<string, string[]>
}

/** Places every page of `published` (the pages readers can see) by the rule above. */
export function pageTree(published: readonly TreePage[]): PageTree {
  const byId = new Map(published.map((page) => [page.id, page]))
  const parentOf = new Map<string, string | null>()
  for (const page of published)
    parentOf.set(page.id, page.parent && byId.has(page.parent) && reachesTop(page, byId) ? page.parent : null)
  const slugPath = new Map<string, string[]>()
  const pathOf = (id: string): string[] => {
    const known = slugPath.get(id)
    if (known) return known
    const parent = parentOf.get(id)
    const path = [...(parent ? pathOf(parent) : []), byId.get(id)!.slug]
    slugPath.set(id, path)
    return path
  }
  for (const page of published) pathOf(page.id)
  return { parentOf, slugPath }
}

/** Whether the page's published parents lead to a top-level page, acyclic and shallow enough. */
function reachesTop(page: TreePage, byId: Map<string, TreePage>): boolean {
  const seen = new Set([page.id])
  let current = page
  for (let level = 1; current.parent && byId.has(current.parent); level++) {
    if (level >= maxPageDepth || seen.has(current.parent)) return false
    current = byId.get(current.parent)!
    seen.add(current.id)
  }
  return true
}
