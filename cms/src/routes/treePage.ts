import type { TreePage } from '@wir/shared/pageTree'

/** A page document (parent as id or populated) → the shape the shared page-tree walk takes. */
export function treePage(doc: { id: number | string; slug?: string | null; parent?: unknown }): TreePage {
  const parent = typeof doc.parent === 'object' && doc.parent !== null ? (doc.parent as { id: unknown }).id : doc.parent
  return { id: String(doc.id), slug: doc.slug ?? '', parent: parent == null ? null : String(parent) }
}
