import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'

import { isTranslatorOnly } from '../access/roles'
import { hasOtherPendingChanges, publishedState } from '../publishing/publishedState'

/*
 * Publishing publishes the language being edited, nothing else.
 *
 * Payload (without its experimental per-locale status) builds the public document from the
 * latest draft of EVERY language: a translator publishing Ukrainian would put the editor's
 * unreviewed German draft online. Here, a publish in locale L while anything else is pending
 * becomes a per-locale publish: the public document is the last published one with only L's
 * values from the new state (publishing/publishedState.ts), and the full new state stays the
 * latest draft (Payload's `publishSpecificLocale` stores it as a snapshot version), so every
 * other language's draft stays a draft, for review, and goes live when it is published.
 * Translators never publish structure (non-localized values); editors do, with any language.
 * A translator cannot publish a document that was never published (there is no reviewed
 * German text to add a translation to).
 * We chose this over Payload's `localizeStatus` (beta, open bugs in 3.90, a schema change) and
 * over refusing such a publish (a translator must be able to publish their language at any
 * time). A publish with nothing else pending stays an ordinary publish, so the admin does not
 * show a phantom draft afterwards.
 */

type Raw = Record<string, unknown> & { id: number | string }
type VersionRow = Raw & { version: Record<string, unknown> }
const oneLocaleKey = 'publishOneLocale'
const pendingKey = 'publishedStateBefore'
type Pending = Record<string, { published?: Record<string, unknown>; locale: string }>

async function latestVersion(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: unknown,
  status?: 'published' | 'draft',
) {
  const { docs } = await req.payload.db.findVersions({
    collection,
    req,
    locale: 'all',
    limit: 1,
    pagination: false,
    sort: '-updatedAt',
    where: {
      and: [
        { parent: { equals: id } },
        status ? { 'version._status': { equals: status } } : { latest: { equals: true } },
      ],
    },
  })
  return docs[0] as unknown as VersionRow | undefined
}

/** The public state of a document: its last published version (or, without versions, the published document). */
async function publishedBefore(req: PayloadRequest, collection: CollectionSlug, id: unknown) {
  const version = await latestVersion(req, collection, id, 'published')
  if (version) return version.version
  const doc = await req.payload.db.findOne({ collection, req, locale: 'all', where: { id: { equals: id } } })
  return (doc as Record<string, unknown> | null)?._status === 'published' ? (doc as Record<string, unknown>) : undefined
}

const neverPublished = () =>
  new APIError(
    'Dieses Dokument ist noch nicht veröffentlicht. Die Redaktion veröffentlicht es zuerst auf Deutsch; ' +
      'danach können Sie Ihre Übersetzung veröffentlichen. Ihre Änderungen können Sie als Entwurf speichern.',
    403,
    undefined,
    true,
  )

export const publishOnlyRequestLocale: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' || req.context.publishAllLocales) return args
  const locale = req.locale
  const isPublish = !args.draft && (args.data as { _status?: string } | undefined)?._status !== 'draft'
  if (!isPublish || !locale || locale === 'all' || args.publishSpecificLocale) return args
  // updateByID names one document; a bulk update (where) is settled per document below.
  const id = (args as { id?: number | string }).id
  if (id !== undefined) {
    const published = await publishedBefore(req, collection.slug, id)
    if (!published) {
      if (isTranslatorOnly(req.user)) throw neverPublished()
      return args // a first publish publishes the whole document
    }
    const latest = await latestVersion(req, collection.slug, id)
    const merge = { locale, keepStructure: isTranslatorOnly(req.user), fields: collection.fields }
    if (latest && !hasOtherPendingChanges({ ...merge, published, next: latest.version })) {
      return args
    }
  }
  req.context[oneLocaleKey] = { ...(req.context[oneLocaleKey] as object), [collection.slug]: locale }
  return { ...args, publishSpecificLocale: locale }
}

/** Remembers, per document, the published state this publish starts from. */
export const rememberPublishedState: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const oneLocale = (req.context[oneLocaleKey] as Record<string, string> | undefined)?.[collection.slug]
  if (!oneLocale || oneLocale !== req.locale || data._status === 'draft' || !originalDoc?.id) return data
  const published = await publishedBefore(req, collection.slug, originalDoc.id)
  if (!published && isTranslatorOnly(req.user)) throw neverPublished()
  const pending = ((req.context[pendingKey] as Pending | undefined) ??= {})
  pending[`${collection.slug}:${originalDoc.id}`] = { published, locale: oneLocale }
  return data
}

/**
 * Writes the public document (and its published version) as publishedState says. Payload's own
 * per-locale merge is not enough: it pairs list rows by position, so after a reorder in a draft
 * the public texts land on the wrong rows, and it takes the structure from the draft even for a
 * translator. The full new state is the draft snapshot Payload has just stored.
 */
export const writePublishedState: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const key = `${collection.slug}:${doc.id}`
  const pending = (req.context[pendingKey] as Pending | undefined)?.[key]
  if (!pending) return doc
  delete (req.context[pendingKey] as Pending)[key]
  const next = await latestVersion(req, collection.slug, doc.id, 'draft')
  const publishedRow = await latestVersion(req, collection.slug, doc.id, 'published')
  if (!next || !publishedRow) return doc
  const live = pending.published
    ? publishedState({
        fields: collection.fields,
        published: pending.published,
        next: next.version,
        locale: pending.locale,
        keepStructure: isTranslatorOnly(req.user),
      })
    : { ...next.version, _status: 'published' }
  await req.payload.db.updateOne({ collection: collection.slug, id: doc.id, data: { ...live, id: doc.id }, req })
  await req.payload.db.updateVersion({
    collection: collection.slug,
    id: publishedRow.id,
    versionData: { ...publishedRow, version: live, latest: false } as never,
    req,
  })
  return doc
}
