import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

import type { ApiClient, Result } from './apiClients'
import {
  expectedOutcome,
  kindOf,
  matrixLocales,
  operationsFor,
  roles,
  type Kind,
  type Operation,
  type Outcome,
  type Role,
} from './policy'
import {
  hasLocalizedField,
  lexicalText,
  localizedTextField,
  localizedTextFields,
  sampleDocuments,
  unlocalizedField,
} from './sampleDocuments'

/** Text only a draft carries: any read that returns it to someone who may not see drafts leaks. */
export const draftMarker = 'ENTWURFSMARKER'

export type Cell = {
  collection: CollectionSlug
  kind: Kind
  role: Role
  operation: Operation
  locale: string
  expected: Outcome
}

/** Every (collection, role, operation, locale) with its expected outcome, from the configs and the policy. */
export function matrixCells(collections: SanitizedCollectionConfig[], locales: readonly string[] = matrixLocales) {
  return collections.flatMap((collection) => {
    const kind = kindOf(collection)
    const translatable = hasLocalizedField(collection.fields)
    return roles.flatMap((role) =>
      operationsFor(kind)
        .filter((operation) => operation !== 'updateUnlocalized' || unlocalizedField(collection))
        .flatMap((operation) =>
          locales.map((locale): Cell => ({
            collection: collection.slug as CollectionSlug,
            kind,
            role,
            operation,
            locale,
            expected: expectedOutcome(kind, role, operation, locale, { translatable, slug: collection.slug }),
          })),
        )
        .filter((cell) => cell.expected !== 'skip'),
    )
  })
}

type Fixtures = {
  /** Published, with a newer draft carrying the draft marker (content only). */
  published?: number | string
  /** Never published; its texts carry the draft marker (content only). */
  draftOnly?: number | string
  /** Changed by the update cells, so the read fixtures stay as they are. */
  writeTarget?: number | string
  /** Version restored by the restore cells (content only). */
  oldVersion?: number | string
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sample documents of every collection, untyped by design
export type MatrixUsers = Record<Exclude<Role, 'anonymous'>, Record<string, any>>

/** The documents the matrix reads, changes and deletes, made with every right (as the server's hooks would). */
export async function matrixFixtures(payload: Payload, collections: SanitizedCollectionConfig[]) {
  const samples = sampleDocuments(payload)
  const fixtures = new Map<string, Fixtures>()
  for (const collection of collections) {
    const slug = collection.slug as CollectionSlug
    const kind = kindOf(collection)
    if (kind === 'accounts') continue
    if (kind === 'internal') {
      const { docs } = await payload.find({ collection: slug, limit: 1, depth: 0 })
      fixtures.set(slug, { writeTarget: docs[0]?.id ?? 1 })
      continue
    }
    if (kind !== 'content') {
      fixtures.set(slug, { writeTarget: (await samples.create(slug)).id })
      continue
    }
    const textField = localizedTextField(collection)!
    const published = await samples.create(slug, { label: `veroeffentlicht-${slug}` })
    await payload.update({
      collection: slug,
      id: published.id,
      locale: 'de',
      draft: true,
      data: { [textField]: `${draftMarker} offen ${slug}`, _status: 'draft' } as never,
    })
    const draftOnly = await samples.create(slug, { label: `${draftMarker}-neu-${slug}`, status: 'draft' })
    const restore = await samples.create(slug, { label: `wiederherstellen-${slug}` })
    await payload.update({
      collection: slug,
      id: restore.id,
      locale: 'de',
      data: { [textField]: `zweite Fassung ${slug}` } as never,
    })
    const versions = await payload.findVersions({
      collection: slug,
      where: { parent: { equals: restore.id } },
      sort: 'createdAt',
      depth: 0,
    })
    fixtures.set(slug, {
      published: published.id,
      draftOnly: draftOnly.id,
      writeTarget: (await samples.create(slug, { label: `aenderbar-${slug}` })).id,
      oldVersion: versions.docs[0]!.id,
    })
  }
  return { fixtures, samples }
}

const ids = (result: Result) =>
  result.ok ? (result.docs ?? (result.doc ? [result.doc] : [])).map((doc) => doc.id) : []
const mentionsDraft = (result: Result) => result.ok && JSON.stringify(result.docs ?? result.doc).includes(draftMarker)

/**
 * Runs one cell and names what happened in the policy's words (or the unexpected error), so the
 * test compares two words per cell and a failure lists every cell that differs.
 */
export async function observe(
  cell: Cell,
  client: ApiClient,
  context: {
    payload: Payload
    users: MatrixUsers
    fixtures: Map<string, Fixtures>
    samples: ReturnType<typeof sampleDocuments>
  },
): Promise<{ outcome: string; detail?: string }> {
  let detail: string | undefined
  const outcome = await outcomeOf(cell, client, context, (message) => (detail = message))
  return { outcome, detail }
}

async function outcomeOf(
  cell: Cell,
  client: ApiClient,
  context: Parameters<typeof observe>[2],
  note: (message: string) => void,
): Promise<string> {
  const { collection, kind, role, operation, locale } = cell
  const { payload, users, fixtures, samples } = context
  const config = payload.collections[collection]!.config
  const own = role === 'anonymous' ? undefined : users[role]
  const other = role === 'admin' ? users.editor : users.admin
  const fixture = fixtures.get(collection) ?? {}
  // Judged by effect: a refusal for lack of rights, a missing document or a failed validation all
  // leave nothing changed; the message is kept for the report. Anything else (a crash) is itself the outcome.
  const refused = (result: Result) => {
    if (result.ok) return undefined
    note(result.message)
    return result.refusal === 'error' ? result.message : 'denied'
  }

  switch (operation) {
    case 'find':
    case 'findDrafts':
    case 'findWhereDraft': {
      const result = await client.find({
        collection,
        locale,
        draft: operation !== 'find',
        where: operation === 'findWhereDraft' ? { _status: { equals: 'draft' } } : undefined,
      })
      if (!result.ok) return refused(result)!
      const found = ids(result)
      if (kind === 'content') {
        const seesDrafts = found.includes(fixture.draftOnly) || (operation !== 'find' && mentionsDraft(result))
        return seesDrafts ? 'allowed' : 'published-only'
      }
      if (kind === 'accounts')
        return found.includes(other.id) ? 'allowed' : found.includes(own?.id) ? 'own-only' : 'denied'
      return found.length > 0 ? 'allowed' : 'denied'
    }
    case 'findByID': {
      if (kind === 'accounts') {
        const others = await client.findByID({ collection, locale, id: other.id })
        if (others.ok) return 'allowed'
        if (!own) return refused(others)!
        const self = await client.findByID({ collection, locale, id: own.id })
        return self.ok ? 'own-only' : refused(self)!
      }
      const id = (fixture.published ?? fixture.writeTarget)!
      const published = await client.findByID({ collection, locale, id })
      if (!published.ok) return refused(published)!
      // Payload's preferences answer 200 with `value: null` to a stranger: only the document itself counts.
      if (String(published.doc?.id) !== String(id)) return 'denied'
      if (kind !== 'content') return 'allowed'
      const draft = await client.findByID({ collection, locale, id: fixture.draftOnly! })
      return draft.ok ? 'allowed' : 'published-only'
    }
    case 'create': {
      const { data, file } = await samples.sample(collection, `neu-${role}-${locale}`)
      const result = await client.create({ collection, locale, data, file })
      return result.ok ? 'allowed' : refused(result)!
    }
    case 'update':
    case 'updateUnlocalized': {
      if (kind === 'accounts') {
        const data = { name: `geändert von ${role}` }
        const others = await client.update({ collection, locale, id: other.id, data })
        if (others.ok) return 'allowed'
        if (!own) return refused(others)!
        const self = await client.update({ collection, locale, id: own.id, data })
        return self.ok ? 'own-only' : refused(self)!
      }
      // A translation writes every text of the language at once (some are required together).
      const fields =
        operation === 'update' && localizedTextFields(config).length > 0
          ? localizedTextFields(config)
          : [unlocalizedField(config)].filter((field) => field !== undefined)
      const text = `geändert ${role} ${locale} ${Date.now()}`
      const valueOf = (type: string) =>
        type === 'number' ? 7000 + Math.floor(Math.random() * 1000) : type === 'richText' ? lexicalText(text) : text
      const changes = Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type)]))
      // Content is sent whole, as the admin's form sends it: a partial PATCH of a form fails
      // Payload's required checks inside rows a translator may not write (see the report of issue 9).
      const current =
        kind === 'content'
          ? await payload.findByID({ collection, id: fixture.writeTarget!, locale: locale as never, depth: 0 })
          : {}
      const data = { ...current, ...changes }
      const result = await client.update({ collection, locale, id: fixture.writeTarget!, data })
      if (!result.ok) return refused(result)!
      const stored = await payload.findByID({ collection, id: fixture.writeTarget!, locale: locale as never, depth: 0 })
      const first = fields[0]?.name
      const same =
        !first || JSON.stringify((stored as Record<string, unknown>)[first]) === JSON.stringify(changes[first])
      return same ? 'allowed' : 'unchanged'
    }
    case 'delete': {
      const victim =
        kind === 'accounts'
          ? await payload.create({
              collection,
              data: { email: `opfer-${Date.now()}-${Math.random()}@example.org`, password: 'Passwort-1' } as never,
            })
          : kind === 'internal'
            ? { id: fixture.writeTarget! }
            : await samples.create(collection)
      const result = await client.delete({ collection, locale, id: victim.id })
      return result.ok ? 'allowed' : refused(result)!
    }
    case 'findVersions': {
      const result = await client.findVersions({ collection, locale, parent: fixture.published! })
      return result.ok ? (ids(result).length > 0 ? 'allowed' : 'denied') : refused(result)!
    }
    case 'restoreVersion': {
      const result = await client.restoreVersion({ collection, locale, versionId: fixture.oldVersion! })
      return result.ok ? 'allowed' : refused(result)!
    }
  }
}

/** "N cells: allowed 123, denied 456 …" per role and per expected outcome. */
export function summarize(label: string, cells: Cell[], mismatches: number) {
  const count = (key: (cell: Cell) => string) =>
    Object.entries(
      cells.reduce<Record<string, number>>((acc, cell) => ({ ...acc, [key(cell)]: (acc[key(cell)] ?? 0) + 1 }), {}),
    )
      .map(([name, n]) => `${name} ${n}`)
      .join(', ')
  const collections = new Set(cells.map((cell) => cell.collection)).size
  console.log(
    [
      `${label}: ${cells.length} cells (${collections} collections × ${roles.length} roles × operations × locales)`,
      `  expected: ${count((cell) => cell.expected)}`,
      `  per role: ${count((cell) => cell.role)}`,
      `  per operation: ${count((cell) => cell.operation)}`,
      `  per kind: ${count((cell) => cell.kind)}`,
      `  differing from the policy: ${mismatches}`,
    ].join('\n'),
  )
}
