import type { CollectionSlug, Payload } from 'payload'

import { contentTypeByCollection, contentTypeBySnapshotKey, type TargetCollection } from '@wir/shared/contentTypes'
import { pageTree } from '@wir/shared/pageTree'
import { parseSnapshot, type Snapshot, type SnapshotCollection } from '@wir/shared/snapshot'

import { htmlConverters } from './htmlConverters'
import { internalHref, routeIndex } from './internalLinks'
import { localizedHtml as toHtml, localizedText, type AllLocales } from './localizedValues'
import { exportExplanations } from './explanations'
import { exportForms } from './forms'
import { exportLegalTexts } from './legalTexts'
import { imageExporter } from './images'
import { readPublished as readAllPublished } from './readPublished'
import { treePage } from '../routes/treePage'
import type { SnapshotFiles } from './writeSnapshot'

type Id = number | string
type Rich = AllLocales<never>
type SeoFields = { meta?: { title?: AllLocales<string>; description?: AllLocales<string> } | null }
type Base = {
  id: Id
  slug: string
  updatedAt: string
  translations?: Snapshot['measures'][number]['translations']
} & SeoFields
type WithImage = { image?: unknown }
type SubtopicRow = { number: number; title?: AllLocales<string>; text?: Rich }

const ref = (value: unknown): string =>
  String(typeof value === 'object' && value !== null ? (value as { id: Id }).id : value)
const refs = (values: unknown): string[] => (Array.isArray(values) ? values.map(ref) : [])
const base = (doc: Base) => ({
  id: String(doc.id),
  slug: doc.slug,
  updatedAt: doc.updatedAt,
  translations: doc.translations ?? {},
  ...seoMeta(doc),
})

/** The SEO plugin's title/description per locale; left out when no locale has either. */
function seoMeta(doc: SeoFields): { meta?: Snapshot['measures'][number]['meta'] } {
  const title = localizedText(doc.meta?.title)
  const description = localizedText(doc.meta?.description)
  return Object.keys(title).length || Object.keys(description).length ? { meta: { title, description } } : {}
}

/** One document to show in its draft state (a preview), in place of or in addition to its published state. */
export type DraftOverride = { collection: CollectionSlug; doc: { id: Id } }

/** Published CMS content → the validated snapshot the site builds from. */
export async function buildSnapshot(payload: Payload, options: { draft?: DraftOverride } = {}): Promise<Snapshot> {
  return (await buildSnapshotWithFiles(payload, options)).snapshot
}

/** The snapshot and the files (forms, images) to write beside it (see writeSnapshot). */
export async function buildSnapshotWithFiles(
  payload: Payload,
  { draft }: { draft?: DraftOverride } = {},
): Promise<{ snapshot: Snapshot; files: SnapshotFiles }> {
  // Preview: one document's draft stands in for its published version.
  const readPublished = async <T>(payload: Payload, collection: CollectionSlug): Promise<T[]> => {
    const docs = await readAllPublished<T>(payload, collection)
    if (draft?.collection !== collection) return docs
    const others = docs.filter((doc) => String((doc as unknown as { id: Id }).id) !== String(draft.doc.id))
    return [...others, draft.doc as T]
  }
  const [fields, goals, measures, offices, pages, news, redirects, forms, explanations] = await Promise.all([
    readPublished<
      Base & {
        order: number
        crossCutting?: boolean
        name: AllLocales<string>
        intro?: Rich
        subtopics?: SubtopicRow[]
        focusAreas?: SubtopicRow[]
        appearsIn?: unknown[]
      }
    >(payload, 'fields-of-action'),
    readPublished<{
      id: Id
      fieldOfAction: unknown
      group: 'field' | 'postmigrant-working-group'
      number: number
      text?: Rich
    }>(payload, 'goals'),
    readPublished<
      Base & {
        fieldOfAction: unknown
        kind: Snapshot['measures'][number]['kind']
        number: number
        order: number
        title: AllLocales<string>
        body?: Rich
        offices?: unknown[]
        contactText?: AllLocales<string>
        eligibleForFunding?: boolean
      }
    >(payload, 'measures'),
    readPublished<Base & { code: string; name: AllLocales<string>; variants?: unknown }>(payload, 'offices'),
    readPublished<
      Base & {
        parent?: unknown
        order?: number
        title: AllLocales<string>
        subtitle?: AllLocales<string>
        body?: Rich
        signatories?: { name: string; role?: AllLocales<string> }[]
        facts?: { label?: AllLocales<string>; value?: AllLocales<string> }[]
      } & WithImage
    >(payload, 'pages'),
    readPublished<
      Base & { date: string; title: AllLocales<string>; body?: Rich; publisher?: string | null } & WithImage
    >(payload, 'news'),
    readRedirects(payload),
    exportForms(payload),
    exportExplanations(payload),
  ])
  const glossary = await readPublished<
    Base & { term: AllLocales<string>; forms?: AllLocales<string>; explanation: AllLocales<string> }
  >(payload, 'glossary')

  // Published documents per Payload collection: link targets and redirect targets (a type
  // missing here is a type error, not links that silently vanish).
  const published: Record<TargetCollection, { id: Id; slug: string }[]> = {
    'fields-of-action': fields,
    measures,
    offices,
    pages,
    news,
  }
  const routes = routeIndex(published)
  const converters = htmlConverters((doc) => internalHref(routes, doc))
  const localizedHtml = (values: Rich) => toHtml(values, converters)
  const subtopics = (rows: SubtopicRow[] | null | undefined) =>
    (rows ?? []).map((row) => ({ number: row.number, title: localizedText(row.title), html: localizedHtml(row.text) }))
  const { parentOf } = pageTree(pages.map(treePage))
  const images = imageExporter(payload)
  // Alternative texts only for the locales the document itself is published in (its title exists there).
  const imageOf = (doc: WithImage & { title: AllLocales<string> }) =>
    images.image(doc.image, Object.keys(localizedText(doc.title)))
  const legalTexts = await exportLegalTexts(payload, converters)
  const pageImages = await Promise.all(pages.map(imageOf))
  const newsImages = await Promise.all(news.map(imageOf))
  const snapshot = parseSnapshot({
    schemaVersion: 1,
    generatedAt: new Date().toISOString(),
    fieldsOfAction: fields.map((doc) => ({
      ...base(doc),
      order: doc.order,
      crossCutting: Boolean(doc.crossCutting),
      name: localizedText(doc.name),
      introHtml: localizedHtml(doc.intro),
      subtopics: subtopics(doc.subtopics),
      focusAreas: subtopics(doc.focusAreas),
      appearsIn: refs(doc.appearsIn),
    })),
    goals: goals.map((doc) => ({
      id: String(doc.id),
      fieldOfAction: ref(doc.fieldOfAction),
      group: doc.group,
      number: doc.number,
      html: localizedHtml(doc.text),
    })),
    measures: measures.map((doc) => ({
      ...base(doc),
      fieldOfAction: ref(doc.fieldOfAction),
      kind: doc.kind,
      number: doc.number,
      order: doc.order,
      title: localizedText(doc.title),
      bodyHtml: localizedHtml(doc.body),
      offices: refs(doc.offices),
      contactText: localizedText(doc.contactText),
      eligibleForFunding: Boolean(doc.eligibleForFunding),
    })),
    offices: offices.map((doc) => ({
      ...base(doc),
      code: doc.code,
      name: localizedText(doc.name),
      variants: Array.isArray(doc.variants)
        ? doc.variants.filter((value): value is string => typeof value === 'string')
        : [],
    })),
    pages: pages.map((doc, index) => ({
      ...base(doc),
      // Under an unpublished parent (or in a cycle) a page moves up to the top level: shared/src/pageTree.ts.
      parent: parentOf.get(String(doc.id)) ?? null,
      order: doc.order ?? 100,
      title: localizedText(doc.title),
      subtitle: localizedText(doc.subtitle),
      bodyHtml: localizedHtml(doc.body),
      signatories: (doc.signatories ?? []).map((person) => ({ name: person.name, role: localizedText(person.role) })),
      facts: (doc.facts ?? []).map((fact) => ({ label: localizedText(fact.label), value: localizedText(fact.value) })),
      image: pageImages[index] ?? null,
    })),
    news: news.map((doc, index) => ({
      ...base(doc),
      date: doc.date.slice(0, 10),
      title: localizedText(doc.title),
      bodyHtml: localizedHtml(doc.body),
      publisher: doc.publisher ?? '',
      image: newsImages[index] ?? null,
    })),
    glossary: glossary.map((doc) => ({
      ...base(doc),
      term: localizedText(doc.term),
      forms: Object.fromEntries(
        Object.entries(localizedText(doc.forms)).map(([locale, list]) => [
          locale,
          list
            .split(',')
            .map((form) => form.trim())
            .filter(Boolean),
        ]),
      ),
      explanation: localizedText(doc.explanation),
    })),
    forms: forms.forms,
    unavailableFormCodes: forms.unavailableCodes,
    explanations: explanations.explanations,
    redirects: redirects.filter((redirect) => !('collection' in redirect.to) || isPublished(redirect.to, published)),
    ...legalTexts,
  })
  return { snapshot, files: { forms: forms.copies, media: images.copies(), videos: explanations.copies } }
}

type SnapshotRedirect = Snapshot['redirects'][number]

async function readRedirects(payload: Payload): Promise<SnapshotRedirect[]> {
  // Redirects are staff data (no anonymous read), so they are read with the Local API's own rights.
  const { docs } = await payload.find({ collection: 'redirects', pagination: false, depth: 0 })
  return docs.flatMap((doc): SnapshotRedirect[] => {
    const to = doc.to as { type?: string; url?: string; reference?: { relationTo: string; value: unknown } } | undefined
    if (to?.type === 'custom' && to.url) return [{ from: doc.from, to: { url: to.url } }]
    const row = to?.reference && contentTypeByCollection(to.reference.relationTo)
    if (!row?.redirects) return []
    const collection = row.snapshotKey as SnapshotCollection
    return [{ from: doc.from, to: { collection, id: ref(to!.reference!.value) } }]
  })
}

/** Whether a redirect's target (by snapshot key) is among the published documents (by Payload collection). */
function isPublished(to: { collection: string; id: string }, published: Record<string, { id: Id }[]>): boolean {
  const collection = contentTypeBySnapshotKey(to.collection)?.collection ?? ''
  return (published[collection] ?? []).some((doc) => String(doc.id) === to.id)
}
