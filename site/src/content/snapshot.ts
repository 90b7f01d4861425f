/**
 * The one place the site reads content: the snapshot JSON written by the CMS export.
 *
 * A plain, cached module rather than an Astro content loader: the snapshot is a single,
 * already validated document whose collections reference each other (measures → offices,
 * goals → fields, pages → parent). Pages need those cross-references and a few indexes
 * (measures by office, page slug paths), which a content collection would make us rebuild per
 * query or squeeze through `reference()`. Loading it once, validating it with the shared
 * `parseSnapshot()` and precomputing the lookups keeps every page render O(its own content),
 * which matters for ~2,500 pages. Nothing here imports from cms/.
 */
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { contentTypes } from '@wir/shared/contentTypes'
import { besideSnapshot } from '@wir/shared/exportLayout'
import { pageTree } from '@wir/shared/pageTree'
import {
  parseSnapshot,
  type FieldOfAction,
  type Form,
  type GlossaryTerm,
  type Goal,
  type Measure,
  type NewsItem,
  type Office,
  type Page,
  type Snapshot,
  type Explanation,
} from '@wir/shared/snapshot'
import { explanationTopicKeys } from '@wir/shared/explanations'

export const defaultSnapshotPath = '../cms/data/snapshot.json'

/** `WIR_SNAPSHOT` (absolute or relative to site/), default ../cms/data/snapshot.json. */
export function resolveSnapshotPath(siteRoot: string, env: string | undefined = process.env.WIR_SNAPSHOT): string {
  const configured = env && env.trim() !== '' ? env.trim() : defaultSnapshotPath
  return isAbsolute(configured) ? configured : resolve(siteRoot, configured)
}

/** Reads and validates a snapshot file; throws an error that says what to do. */
export function loadSnapshotFile(path: string): Snapshot {
  if (!existsSync(path)) {
    throw new Error(
      `[wir/site] Content snapshot not found at ${path}.\n` +
        `Run the CMS export first, or point WIR_SNAPSHOT at a snapshot JSON file ` +
        `(absolute or relative to site/), e.g. WIR_SNAPSHOT=../tests/fixtures/snapshot.small.json`,
    )
  }
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`[wir/site] Content snapshot ${path} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    })
  }
  try {
    return parseSnapshot(data)
  } catch (error) {
    throw new Error(
      `[wir/site] Content snapshot ${path} does not match the shared schema.\n${(error as Error).message}`,
      { cause: error },
    )
  }
}

export type SiteData = {
  snapshot: Snapshot
  /** Fields of action in `order`. */
  fields: FieldOfAction[]
  fieldById: Map<string, FieldOfAction>
  /** Measures in document `order`. */
  measures: Measure[]
  measureById: Map<string, Measure>
  measuresByField: Map<string, Measure[]>
  measuresByOffice: Map<string, Measure[]>
  goalsByField: Map<string, Goal[]>
  /** Offices by code (numeric-aware: 15.3 before 15.22). */
  offices: Office[]
  officeById: Map<string, Office>
  pages: Page[]
  pageById: Map<string, Page>
  /** Child pages in `order`; key null holds the top-level pages. */
  childPages: Map<string | null, Page[]>
  /** Slug path of each page from its top-level ancestor. */
  pageSlugPath: Map<string, string[]>
  /** News, newest first. */
  news: NewsItem[]
  newsById: Map<string, NewsItem>
  /** Glossary terms, alphabetical by German term. */
  glossary: GlossaryTerm[]
  /** Forms by German title (as printed). */
  forms: Form[]
  formById: Map<string, Form>
  /** Where the export put the forms' files (original PDF, page images): form-files/{code}/ beside the snapshot. */
  formFilesDir: string
  /** Where the export put the images of published pages and news: media/ beside the snapshot. */
  mediaDir: string
  /** Every content type's documents by id, keyed by snapshot key (shared/src/contentTypes.ts), in list order. */
  documents: Map<string, Map<string, DocumentRecord>>
  /** The start-page explanations (Leichte Sprache, DGS) in the order of the shared topic table. */
  explanations: Explanation[]
  /** Where the export put the videos, posters and captions: videos/ beside the snapshot. */
  videosDir: string
}

/** A document of any content type, for what every type shares (id, slug, title field). */
export type DocumentRecord = { id: string } & Record<string, unknown>

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Precomputes every lookup the pages need, once per build. */
export function buildSiteData(snapshot: Snapshot, snapshotPath = ''): SiteData {
  const fields = [...snapshot.fieldsOfAction].sort(byOrder)
  const measures = [...snapshot.measures].sort(byOrder)
  const measuresByField = new Map<string, Measure[]>()
  const measuresByOffice = new Map<string, Measure[]>()
  for (const measure of measures) {
    push(measuresByField, measure.fieldOfAction, measure)
    for (const office of new Set(measure.offices)) push(measuresByOffice, office, measure)
  }
  const goalsByField = new Map<string, Goal[]>()
  for (const goal of [...snapshot.goals].sort((a, b) => a.number - b.number))
    push(goalsByField, goal.fieldOfAction, goal)

  const codeOrder = new Intl.Collator('de', { numeric: true })
  const offices = [...snapshot.offices].sort((a, b) => codeOrder.compare(a.code, b.code))

  const pages = [...snapshot.pages].sort(byOrder)
  const pageById = new Map(pages.map((page) => [page.id, page]))
  // The snapshot's parents are placed by the export with the same walk (and checked by parseSnapshot).
  const pageSlugPath = pageTree(pages).slugPath
  const childPages = new Map<string | null, Page[]>()
  for (const page of pages) push(childPages, page.parent, page)
  const forms = [...snapshot.forms].sort((a, b) => a.germanTitle.localeCompare(b.germanTitle, 'de'))
  const news = [...snapshot.news].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
  const glossary = [...snapshot.glossary].sort((a, b) => (a.term.de ?? '').localeCompare(b.term.de ?? '', 'de'))
  // The types' list orders; a type not named here keeps the snapshot's order.
  const ordered: Record<string, readonly { id: string }[]> = {
    fieldsOfAction: fields,
    measures,
    offices,
    pages,
    news,
    glossary,
    forms,
  }
  const documents = new Map(
    contentTypes.map((row) => {
      const docs = (ordered[row.snapshotKey] ?? snapshot[row.snapshotKey as keyof Snapshot] ?? []) as DocumentRecord[]
      return [row.snapshotKey, new Map(docs.map((doc) => [doc.id, doc]))]
    }),
  )

  return {
    snapshot,
    fields,
    fieldById: new Map(fields.map((field) => [field.id, field])),
    measures,
    measureById: new Map(measures.map((measure) => [measure.id, measure])),
    measuresByField,
    measuresByOffice,
    goalsByField,
    offices,
    officeById: new Map(offices.map((office) => [office.id, office])),
    pages,
    pageById,
    childPages,
    pageSlugPath,
    news,
    newsById: new Map(news.map((item) => [item.id, item])),
    glossary,
    forms,
    formById: new Map(forms.map((form) => [form.id, form])),
    formFilesDir: besideSnapshot(snapshotPath || './snapshot.json', 'formFiles'),
    mediaDir: besideSnapshot(snapshotPath || './snapshot.json', 'media'),
    documents,
    explanations: [...snapshot.explanations].sort(
      (a, b) => explanationTopicKeys.indexOf(a.key) - explanationTopicKeys.indexOf(b.key),
    ),
    videosDir: besideSnapshot(snapshotPath || './snapshot.json', 'videos'),
  }
}

let cached: SiteData | undefined

/** The build's content, loaded and indexed on first use. */
export function getSiteData(): SiteData {
  if (!cached) {
    const path = typeof __WIR_SNAPSHOT_PATH__ === 'string' ? __WIR_SNAPSHOT_PATH__ : resolveSnapshotPath(process.cwd())
    cached = buildSiteData(loadSnapshotFile(path), path)
  }
  return cached
}
