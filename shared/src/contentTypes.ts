/**
 * The one table of content types. The CMS's plugin lists (redirects, SEO, rich-text link
 * targets), public paths, the export's internal links and redirect targets, the translation
 * overview, the snapshot's cross-checks, and the site's route table, language versions, search
 * types, view dispatch, Open Graph cards, JSON-LD, human sitemap and language landing pages are
 * all derived from these rows. Adding a type is a row here plus its collection, snapshot schema,
 * export mapping and views (README, "Adding a content type").
 *
 * What does not fit a row stays explicit code where it belongs: pages nest under their parents
 * (pageTree.ts), forms are addressed by their printed code instead of a slug, goals have no
 * pages of their own (they appear on their field of action).
 */

/** pagefind filters a type's pages can carry besides `type` (see site/src/lib/search.ts). */
export type SearchFilterKey = 'field' | 'code'

/** schema.org type of the document behind a page; every page is a `WebPage` besides. */
export type SchemaType = 'GovernmentOrganization' | 'NewsArticle' | 'GovernmentService'

/** Where a type's documents are listed besides their own list page. */
export type Listing = 'nav' | 'sitemapPage' | 'languageLanding'

export type ContentTypeRow = {
  /** Stable key of the type; also its pagefind `type` filter value and `search.type.<key>` string. */
  type: string
  /** Payload collection slug. Stable: changing it orphans stored documents. */
  collection: string
  /** Key of the type's documents in the snapshot (shared/src/snapshot.ts). */
  snapshotKey: string
  /**
   * Field that names a document. Localized: the admin lists the German value (adminTitle),
   * and a document exists in a locale when this field is stored there (its language versions).
   * Not localized: the admin lists it as is, and the page exists in every locale.
   */
  title: { field: string; localized: boolean }
  /**
   * Section of the URL scheme (`sections` in shared/src/urls.ts) and its path segment (German,
   * in every locale: URLs never change with a translation); absent: no pages of its own.
   */
  section?: string
  sectionPath?: string
  /** Views of the site's route table (site/src/pages/[...path].astro maps them to components). */
  views?: { list?: string; detail?: string }
  /** Indexed by the site search under its `type`, with these further filters. */
  search?: { filters: readonly SearchFilterKey[] }
  /** A target of links in rich text (LinkFeature), resolved to its public path by the export. */
  linkable: boolean
  /** plugin-redirects: a changed slug leaves a redirect, and redirects may point at its documents. */
  redirects: boolean
  /** plugin-seo: editors set a search-engine title and description per locale (snapshot `meta`). */
  seo: boolean
  /** The document's own schema.org type in its page's JSON-LD (site/src/lib/structuredData.ts). */
  schemaType?: SchemaType
  /** Lists besides its own list page that name the type or its documents. */
  listedIn: readonly Listing[]
}

const rows = [
  {
    type: 'field',
    collection: 'fields-of-action',
    snapshotKey: 'fieldsOfAction',
    title: { field: 'name', localized: true },
    section: 'fieldsOfAction',
    sectionPath: 'handlungsfelder',
    views: { list: 'fields', detail: 'field' },
    search: { filters: ['field'] },
    linkable: true,
    redirects: true,
    seo: true,
    listedIn: ['nav', 'sitemapPage', 'languageLanding'],
  },
  {
    type: 'goal',
    collection: 'goals',
    snapshotKey: 'goals',
    title: { field: 'label', localized: false },
    linkable: false,
    redirects: false,
    seo: false,
    listedIn: [],
  },
  {
    type: 'measure',
    collection: 'measures',
    snapshotKey: 'measures',
    title: { field: 'title', localized: true },
    section: 'measures',
    sectionPath: 'massnahmen',
    views: { list: 'measures', detail: 'measure' },
    search: { filters: ['field'] },
    linkable: true,
    redirects: true,
    seo: true,
    listedIn: ['nav', 'sitemapPage', 'languageLanding'],
  },
  {
    type: 'office',
    collection: 'offices',
    snapshotKey: 'offices',
    title: { field: 'name', localized: true },
    section: 'offices',
    sectionPath: 'dienststellen',
    views: { list: 'offices', detail: 'office' },
    search: { filters: ['field', 'code'] },
    linkable: true,
    redirects: true,
    seo: false,
    schemaType: 'GovernmentOrganization',
    listedIn: ['nav', 'sitemapPage', 'languageLanding'],
  },
  {
    type: 'page',
    collection: 'pages',
    snapshotKey: 'pages',
    title: { field: 'title', localized: true },
    section: 'pages',
    sectionPath: 'seiten',
    views: { list: 'pages', detail: 'page' },
    search: { filters: [] },
    linkable: true,
    redirects: true,
    seo: true,
    listedIn: ['nav', 'sitemapPage', 'languageLanding'],
  },
  {
    type: 'news',
    collection: 'news',
    snapshotKey: 'news',
    title: { field: 'title', localized: true },
    section: 'news',
    sectionPath: 'aktuelles',
    views: { list: 'newsList', detail: 'news' },
    search: { filters: [] },
    linkable: true,
    redirects: true,
    seo: true,
    schemaType: 'NewsArticle',
    listedIn: ['nav', 'sitemapPage', 'languageLanding'],
  },
  {
    type: 'glossary',
    collection: 'glossary',
    snapshotKey: 'glossary',
    title: { field: 'term', localized: true },
    section: 'glossary',
    sectionPath: 'glossar',
    views: { list: 'glossary' },
    linkable: false,
    redirects: false,
    seo: false,
    listedIn: [],
  },
  {
    type: 'form',
    collection: 'forms',
    snapshotKey: 'forms',
    // The German title as printed on the paper; a form's help page exists in every locale.
    title: { field: 'germanTitle', localized: false },
    section: 'forms',
    sectionPath: 'formulare',
    views: { list: 'forms', detail: 'form' },
    search: { filters: ['code'] },
    linkable: false,
    redirects: false,
    seo: false,
    // The help a form page gives is a service of the office that issues the form.
    schemaType: 'GovernmentService',
    listedIn: ['nav'],
  },
] as const satisfies readonly ContentTypeRow[]

export type ContentTypeKey = (typeof rows)[number]['type']

type Row = (typeof rows)[number]
type Paged = Extract<Row, { section: string }>
/** Sections of the URL scheme that belong to a content type. */
export type ContentSection = Paged['section']
/** Sections whose documents have a page each (`/{section}/{slug}/`; pages nest). */
export type DocumentContentSection = Extract<Paged, { views: { detail: string } }>['section']

export const contentTypes: readonly (Omit<ContentTypeRow, 'section'> & { section?: ContentSection })[] = rows

/** Payload slugs of the types that rich-text links and redirects may point at. */
export type TargetCollection = Extract<Row, { linkable: true } | { redirects: true }>['collection']
/** Snapshot keys of the types redirects may point at. */
export type RedirectTargetKey = Extract<Row, { redirects: true }>['snapshotKey']

/** The content types' sections of the URL scheme (shared/src/urls.ts adds the interface pages'). */
export const contentSections = Object.fromEntries(
  rows.flatMap((row) => ('section' in row ? [[row.section, row.sectionPath]] : [])),
) as { [R in Paged as R['section']]: R['sectionPath'] }

type ListOf<R> = R extends { views: { list: infer L } } ? L : never
type DetailOf<R> = R extends { views: { detail: infer D } } ? D : never
/** Views of the content types' list pages and document pages (site/src/pages/[...path].astro). */
export type ListView = ListOf<Row>
export type DetailView = DetailOf<Row>

export function contentTypeOf(key: string): ContentTypeRow {
  const row = contentTypes.find((candidate) => candidate.type === key)
  if (!row) throw new Error(`Unknown content type "${key}"`)
  return row
}

export function contentTypeByCollection(collection: string): ContentTypeRow | undefined {
  return contentTypes.find((row) => row.collection === collection)
}

export function contentTypeBySnapshotKey(snapshotKey: string): ContentTypeRow | undefined {
  return contentTypes.find((row) => row.snapshotKey === snapshotKey)
}

/** Payload slugs of the types with this plugin/editor participation, in table order. */
export const collectionsWhere = (has: (row: ContentTypeRow) => boolean): string[] =>
  contentTypes.filter(has).map((row) => row.collection)

/** The snapshot keys redirects may point at, as a non-empty tuple (for the schema's enum). */
export const redirectTargetKeys = contentTypes.filter((row) => row.redirects).map((row) => row.snapshotKey) as [
  RedirectTargetKey,
  ...RedirectTargetKey[],
]

/** Types indexed by the site search, in the order the type filter lists them. */
export type SearchType = Extract<Row, { search: object }>['type']
export const searchTypes = rows.flatMap((row) => ('search' in row ? [row.type] : [])) as SearchType[]
