import { describe, expect, test } from 'vitest'

import { maxPageDepth, pageTree, type TreePage } from '@wir/shared/pageTree'
import type { SnapshotInput } from '@wir/shared/snapshot'
import { parseSnapshot } from '@wir/shared/snapshot'

import { routeIndex } from '../../cms/src/export/internalLinks.ts'
import { buildSiteData } from '../../site/src/content/snapshot.ts'
import { documentRoute } from '../../site/src/lib/routes.ts'
import { routePath } from '@wir/shared/urls'

const page = (id: string, parent: string | null = null): TreePage => ({ id, slug: `seite-${id}`, parent })

describe('one page tree for routes, links and the site', () => {
  test('should nest a published page under its published parents', () => {
    const { slugPath, parentOf } = pageTree([page('1'), page('2', '1'), page('3', '2')])
    expect(slugPath.get('3')).toEqual(['seite-1', 'seite-2', 'seite-3'])
    expect(parentOf.get('3')).toBe('2')
    expect(parentOf.get('1')).toBeNull()
  })

  test('should move a page whose parent is not published to the top level, keeping its own children', () => {
    // Page 1 is a draft: not among the published pages.
    const { slugPath, parentOf } = pageTree([page('2', '1'), page('3', '2')])
    expect(slugPath.get('2')).toEqual(['seite-2'])
    expect(parentOf.get('2')).toBeNull()
    expect(slugPath.get('3')).toEqual(['seite-2', 'seite-3'])
  })

  test('should put pages whose parents form a cycle at the top level instead of failing', () => {
    const { slugPath, parentOf } = pageTree([page('1', '2'), page('2', '1'), page('3', '1')])
    expect(slugPath.get('1')).toEqual(['seite-1'])
    expect(slugPath.get('2')).toEqual(['seite-2'])
    expect(slugPath.get('3')).toEqual(['seite-3'])
    expect([...parentOf.values()]).toEqual([null, null, null])
  })

  test(`should nest at most ${maxPageDepth} levels; deeper pages move to the top level`, () => {
    const chain = Array.from({ length: maxPageDepth + 2 }, (_, index) =>
      page(String(index + 1), index === 0 ? null : String(index)),
    )
    const { slugPath } = pageTree(chain)
    expect(slugPath.get(String(maxPageDepth))).toHaveLength(maxPageDepth)
    expect(slugPath.get(String(maxPageDepth + 1))).toEqual([`seite-${maxPageDepth + 1}`])
    expect(slugPath.get(String(maxPageDepth + 2))).toEqual([`seite-${maxPageDepth + 2}`])
  })

  test('should refuse a snapshot whose page parents form a cycle (the export never writes one)', () => {
    const snapshot: SnapshotInput = {
      schemaVersion: 1,
      generatedAt: '2026-01-01T00:00:00.000Z',
      fieldsOfAction: [],
      goals: [],
      measures: [],
      offices: [],
      news: [],
      redirects: [],
      pages: [
        { ...pageDoc('1'), parent: '2' },
        { ...pageDoc('2'), parent: '1' },
      ],
    }
    expect(() => parseSnapshot(snapshot)).toThrow(/forms a cycle or nests too deep/)
  })

  test('should give a link in the export and the page the site builds the same path', () => {
    // What the export reads: page 3 sits under page 2, whose parent (page 1) is a draft.
    const published = [
      { id: 2, slug: 'seite-2', parent: 1 },
      { id: 3, slug: 'seite-3', parent: { id: 2 } },
      { id: 4, slug: 'seite-4', parent: null },
    ]
    const links = routeIndex({ pages: published })
    const snapshot: SnapshotInput = {
      schemaVersion: 1,
      generatedAt: '2026-01-01T00:00:00.000Z',
      fieldsOfAction: [],
      goals: [],
      measures: [],
      offices: [],
      news: [],
      redirects: [],
      pages: [
        { ...pageDoc('2'), parent: null },
        { ...pageDoc('3'), parent: '2' },
        { ...pageDoc('4'), parent: null },
      ],
    }
    const data = buildSiteData(parseSnapshot(snapshot))
    for (const id of ['2', '3', '4']) expect(routePath(documentRoute(data, 'pages', id))).toBe(links.get(`pages:${id}`))
    expect(links.get('pages:3')).toBe('/seiten/seite-2/seite-3/')
  })
})

function pageDoc(id: string) {
  return {
    id,
    slug: `seite-${id}`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    order: Number(id),
    title: { de: `Seite ${id}` },
    subtitle: {},
    bodyHtml: {},
    signatories: [],
    facts: [],
  }
}
