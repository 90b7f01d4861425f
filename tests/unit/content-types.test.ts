/**
 * The table of content types (shared/src/contentTypes.ts) drives the CMS and the site: these
 * tests fail when a consumer lists types by hand again or a row names something that is not there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { SanitizedConfig } from 'payload'

import { collectionsWhere, contentTypes, searchTypes } from '@wir/shared/contentTypes'
import { locales } from '@wir/shared/locales'
import { parseSnapshot, snapshotSchema } from '@wir/shared/snapshot'
import { routePath, sections } from '@wir/shared/urls'

import { buildSiteData } from '../../site/src/content/snapshot.ts'
import { allEntries, entryRoute, entryType, interfacePages } from '../../site/src/lib/routes.ts'
import { sectionLabelKey } from '../../site/src/lib/sections.ts'
import { entryVersions } from '../../site/src/lib/versions.ts'
import { repoRoot } from '../scripts/e2e-environment'

let config: SanitizedConfig
let dataDir: string

beforeAll(async () => {
  // Loading the config creates the database adapter (not a connection): keep it off cms/data.
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'wir-types-'))
  process.env.PAYLOAD_SECRET ||= 'unit-test-secret'
  process.env.WIR_DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'wir.db')}`
  config = await (await import('@wir/cms/config')).default
})
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const collection = (slug: string) => config.collections.find((candidate) => candidate.slug === slug)
const fieldNames = (slug: string) => collection(slug)!.flattenedFields.map((field) => field.name)

describe('the table of content types', () => {
  test('should name each type, collection, snapshot key and URL section once, and give the URL scheme its sections', () => {
    for (const key of ['type', 'collection', 'snapshotKey'] as const)
      expect(new Set(contentTypes.map((row) => row[key])).size).toBe(contentTypes.length)
    const withSection = contentTypes.filter((row) => row.section)
    expect(new Set(withSection.map((row) => row.section)).size).toBe(withSection.length)
    for (const row of contentTypes) expect(Boolean(row.sectionPath), row.type).toBe(Boolean(row.section))
    for (const row of withSection) expect(sections[row.section!]).toBe(row.sectionPath)
    expect(new Set(Object.values(sections)).size).toBe(Object.keys(sections).length)
  })

  test('should give every type its documents in the snapshot schema', () => {
    for (const row of contentTypes) expect(Object.keys(snapshotSchema.shape), row.type).toContain(row.snapshotKey)
  })

  test('should name an existing Payload collection for every row, with its title field as the admin title', () => {
    for (const row of contentTypes) {
      expect(collection(row.collection), row.collection).toBeDefined()
      expect(fieldNames(row.collection)).toContain(row.title.field)
      const useAsTitle = collection(row.collection)!.admin.useAsTitle
      expect(useAsTitle, row.collection).toBe(row.title.localized ? 'adminTitle' : row.title.field)
    }
  })

  test('should give redirects and SEO fields to exactly the types the table says', () => {
    const redirectTargets = config.collections
      .find((candidate) => candidate.slug === 'redirects')!
      .flattenedFields.find((field) => field.name === 'to')
    expect(JSON.stringify(redirectTargets)).toContain(JSON.stringify(collectionsWhere((row) => row.redirects)))
    for (const row of contentTypes) expect(fieldNames(row.collection).includes('meta'), row.collection).toBe(row.seo)
  })

  test('should offer links in rich text to the linkable types only, each with a page of its own', () => {
    const editor = config.editor as unknown as {
      editorConfig: {
        resolvedFeatureMap: Map<string, { sanitizedServerFeatureProps: { enabledCollections: string[] } }>
      }
    }
    const enabled = editor.editorConfig.resolvedFeatureMap.get('link')!.sanitizedServerFeatureProps.enabledCollections
    expect(enabled).toEqual(collectionsWhere((row) => row.linkable))
    for (const slug of enabled) expect(contentTypes.find((row) => row.collection === slug)?.section, slug).toBeDefined()
  })

  test('should have every view of the table and of the interface pages in the site’s view map', () => {
    const page = readFileSync(path.join(repoRoot, 'site/src/pages/[...path].astro'), 'utf8')
    const map = /const views:.*= \{\n([^}]*)\n\}/.exec(page)![1]!
    const mapped = [...map.matchAll(/^\s*(\w+):/gm)].map((match) => match[1]).sort()
    const views = [
      'home',
      ...interfacePages.map((entry) => entry.view),
      ...contentTypes.flatMap((row) => [row.views?.list, row.views?.detail].filter(Boolean)),
    ]
    expect(mapped).toEqual(views.sort())
  })

  test('should have the interface strings of every type in every locale', () => {
    for (const locale of locales) {
      const strings = JSON.parse(readFileSync(path.join(repoRoot, `site/src/i18n/${locale.code}.json`), 'utf8'))
      for (const type of searchTypes) expect(strings[`search.type.${type}`], `${locale.code} ${type}`).toBeTruthy()
      for (const row of contentTypes.filter((candidate) => candidate.section))
        expect(strings[sectionLabelKey(row.section!)], `${locale.code} ${row.type}`).toBeTruthy()
    }
  })

  test('should build a page per document of every type with pages, at its section, in its language versions', () => {
    const data = buildSiteData(
      parseSnapshot(JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/snapshot.small.json'), 'utf8'))),
    )
    const entries = allEntries(data)
    for (const row of contentTypes.filter((candidate) => candidate.views?.detail)) {
      const docs = [...data.documents.get(row.snapshotKey)!.values()]
      const pages = entries.filter((entry) => 'id' in entry && entryType(entry) === row)
      expect(pages.length, row.type).toBe(docs.length)
      for (const entry of pages) {
        const path = routePath(entryRoute(data, entry))
        expect(path.startsWith(`/${sections[row.section!]}/`), path).toBe(true)
        const title = data.documents.get(row.snapshotKey)!.get((entry as { id: string }).id)![row.title.field]
        const expected = row.title.localized
          ? locales.filter((locale) => Boolean((title as Record<string, string>)[locale.code]?.trim()))
          : locales
        expect(entryVersions(data, entry).map((locale) => locale.code)).toEqual(expected.map((locale) => locale.code))
      }
    }
    expect(contentTypes.filter((row) => !row.section).map((row) => row.type)).toEqual(['goal'])
  })
})
