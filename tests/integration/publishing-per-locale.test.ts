import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { rest, restLogin } from '../helpers/rest'

type Fact = { id?: string | null; label?: string | null; value?: string | null }

let payload: Payload
let cleanup: () => Promise<void>
let buildSnapshot: (payload: Payload) => Promise<import('@wir/shared/snapshot').Snapshot>
let fieldId: number | string
let otherFieldId: number | string
let editor: Record<string, unknown> & { id: number | string }
let translator: Record<string, unknown> & { id: number | string }

const as = (user: { id: number | string }) => ({
  user: { ...user, collection: 'users' as const },
  overrideAccess: false,
})

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  ;({ buildSnapshot } = await import('@wir/cms/export'))
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] },
  })
  editor = (await payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', password: 'editor-password-1', roles: ['editor'] },
  })) as never
  translator = (await payload.create({
    collection: 'users',
    data: { email: 'uk@example.org', password: 'translator-pass-1', roles: ['translator'], translationLocales: ['uk'] },
  })) as never
  fieldId = (
    await payload.create({
      collection: 'fields-of-action',
      locale: 'de',
      data: { name: 'Bildung', slug: 'bildung', order: 1, _status: 'published' },
    })
  ).id
  otherFieldId = (
    await payload.create({
      collection: 'fields-of-action',
      locale: 'de',
      data: { name: 'Arbeit', slug: 'arbeit', order: 2, _status: 'published' },
    })
  ).id
})
afterAll(async () => cleanup?.())

/** A published measure with a German and an English text, all reviewed. */
async function publishedMeasure(title: string) {
  const measure = await payload.create({
    collection: 'measures',
    locale: 'de',
    data: { title, fieldOfAction: fieldId, kind: 'measure', number: 7, order: 7, _status: 'published' },
  })
  await payload.update({
    collection: 'measures',
    id: measure.id,
    locale: 'en',
    data: { title: `${title} (EN)`, translationState: 'ready', _status: 'published' } as never,
  })
  return measure.id
}

/** The editor saves a change to the German text (and the field of action) as a draft for review. */
const saveGermanDraft = (id: number | string, title: string) =>
  payload.update({
    collection: 'measures',
    id,
    locale: 'de',
    draft: true,
    data: { title, fieldOfAction: otherFieldId, _status: 'draft' } as never,
    ...as(editor),
  })

const anonymousTitle = async (id: number | string, locale: 'de' | 'en' | 'uk') => {
  const doc = await payload.findByID({ collection: 'measures', id, locale, overrideAccess: false, depth: 0 })
  return doc.title
}
const snapshotMeasure = async (id: number | string) =>
  (await buildSnapshot(payload)).measures.find((measure) => measure.id === String(id))!
/** One page of the public site, built by Astro from the published snapshot (as the pipeline does, one path only). */
async function builtPage(pagePath: string): Promise<string> {
  const { buildSnapshotWithFiles } = await import('@wir/cms/export')
  const { writeSnapshot } = await import('@wir/cms/write-snapshot')
  const { runAstroBuild } = await import('../../cms/src/jobs/runAstroBuild')
  const work = await mkdtemp(path.join(os.tmpdir(), 'wir-built-page-'))
  try {
    const { snapshot, files } = await buildSnapshotWithFiles(payload)
    await writeSnapshot(snapshot, path.join(work, 'snapshot.json'), files)
    const siteDir = path.resolve(import.meta.dirname, '../../site')
    const outDir = path.join(work, 'site')
    await runAstroBuild({
      siteDir,
      snapshot: path.join(work, 'snapshot.json'),
      outDir,
      env: { WIR_ONLY_PATH: pagePath },
    })
    return await readFile(path.join(outDir, pagePath, 'index.html'), 'utf8')
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
const editorsDraft = (id: number | string) =>
  payload.findByID({ collection: 'measures', id, locale: 'de', draft: true, depth: 0, ...as(editor) })

describe('publishing one language', () => {
  test('should leave the German draft unpublished when a translator publishes Ukrainian', async () => {
    const id = await publishedMeasure('Sprachkurse für Eltern')
    await saveGermanDraft(id, 'UNGEPRÜFT: Sprachkurse')

    // As the admin's "Veröffentlichen" does it: PATCH through the REST API, signed in as the translator.
    const token = await restLogin('uk@example.org', 'translator-pass-1')
    const publish = await rest('PATCH', `/api/measures/${id}?locale=uk`, {
      token,
      body: { title: 'Мовні курси для батьків', translationState: 'ready', _status: 'published' },
    })
    expect(publish.status).toBe(200)

    expect((await rest('GET', `/api/measures/${id}?locale=de&depth=0`)).json.title).toBe('Sprachkurse für Eltern')
    expect(await anonymousTitle(id, 'de')).toBe('Sprachkurse für Eltern')
    expect(await anonymousTitle(id, 'uk')).toBe('Мовні курси для батьків')
    const live = await payload.findByID({ collection: 'measures', id, overrideAccess: false, depth: 0 })
    expect(live.fieldOfAction).toBe(fieldId)
    const snapshot = await snapshotMeasure(id)
    expect(snapshot.title.de).toBe('Sprachkurse für Eltern')
    expect(snapshot.title.uk).toBe('Мовні курси для батьків')

    const draft = await editorsDraft(id)
    expect(draft.title).toBe('UNGEPRÜFT: Sprachkurse')
    expect(draft._status).toBe('draft')
    expect(draft.fieldOfAction).toBe(otherFieldId)

    const html = await builtPage(`/de/massnahmen/${live.slug}/`)
    expect(html).toContain('Sprachkurse für Eltern')
    expect(html).not.toContain('UNGEPRÜFT')
  })

  test('should leave the German draft unpublished when an editor publishes English', async () => {
    const id = await publishedMeasure('Beratung für Vereine')
    await saveGermanDraft(id, 'UNGEPRÜFT: Beratung')

    await payload.update({
      collection: 'measures',
      id,
      locale: 'en',
      data: { title: 'Advice for associations', _status: 'published' } as never,
      ...as(editor),
    })

    expect(await anonymousTitle(id, 'de')).toBe('Beratung für Vereine')
    expect(await anonymousTitle(id, 'en')).toBe('Advice for associations')
    const snapshot = await snapshotMeasure(id)
    expect(snapshot.title.de).toBe('Beratung für Vereine')
    expect(snapshot.title.en).toBe('Advice for associations')
    const draft = await editorsDraft(id)
    expect(draft.title).toBe('UNGEPRÜFT: Beratung')
    expect(draft._status).toBe('draft')
  })

  test('should publish the German draft with everything else when the editor publishes German', async () => {
    const id = await publishedMeasure('Mentoring in Schulen')
    await saveGermanDraft(id, 'Mentoring an Schulen')
    await payload.update({
      collection: 'measures',
      id,
      locale: 'de',
      data: { _status: 'published' } as never,
      ...as(editor),
    })
    expect(await anonymousTitle(id, 'de')).toBe('Mentoring an Schulen')
    expect(await anonymousTitle(id, 'en')).toBe('Mentoring in Schulen (EN)')
    const live = await payload.findByID({ collection: 'measures', id, overrideAccess: false, depth: 0 })
    expect(live.fieldOfAction).toBe(otherFieldId)
    const draft = await editorsDraft(id)
    expect(draft._status).toBe('published')
  })
})

describe('publishing one language of a document with rows', () => {
  /** A published page with two facts in German and English; the editor then swaps them in a German draft. */
  async function pageWithReorderedDraft(title: string) {
    const page = await payload.create({
      collection: 'pages',
      locale: 'de',
      data: {
        title,
        facts: [
          { label: 'Beschlossen', value: '2024' },
          { label: 'Maßnahmen', value: '85' },
        ],
        _status: 'published',
      } as never,
    })
    const [first, second] = (page.facts ?? []) as { id: string }[]
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: {
        title: 'Key facts',
        facts: [
          { id: first!.id, label: 'Adopted', value: '2024' },
          { id: second!.id, label: 'Measures', value: '85' },
        ],
        _status: 'published',
      } as never,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'de',
      draft: true,
      data: {
        facts: [
          { id: second!.id, label: 'UNGEPRÜFT Maßnahmen', value: '85' },
          { id: first!.id, label: 'Beschlossen', value: '2024' },
        ],
        _status: 'draft',
      } as never,
      ...as(editor),
    })
    return { id: page.id, first: first!.id, second: second!.id }
  }
  const liveFacts = async (id: number | string, locale: string) =>
    ((await payload.findByID({ collection: 'pages', id, locale, overrideAccess: false, depth: 0 })).facts ?? []).map(
      (fact: Fact) => [fact.id, fact.label],
    )

  test('should keep every text with its own row when an editor publishes English over a reordered German draft', async () => {
    const { id, first, second } = await pageWithReorderedDraft('Eckdaten der Strategie')
    const draft = await payload.findByID({ collection: 'pages', id, locale: 'en', draft: true, depth: 0 })
    await payload.update({
      collection: 'pages',
      id,
      locale: 'en',
      data: {
        facts: draft.facts!.map((fact: Fact) => ({ ...fact, value: `${fact.value} ✓` })),
        _status: 'published',
      } as never,
      ...as(editor),
    })
    // The editor's publish takes the new order live; each row keeps its own published German text.
    expect(await liveFacts(id, 'de')).toEqual([
      [second, 'Maßnahmen'],
      [first, 'Beschlossen'],
    ])
    expect(await liveFacts(id, 'en')).toEqual([
      [second, 'Measures'],
      [first, 'Adopted'],
    ])
  })

  test('should keep the published order when a translator publishes, and the reordered draft for the editor', async () => {
    const { id, first, second } = await pageWithReorderedDraft('Eckdaten des Programms')
    const draft = await payload.findByID({ collection: 'pages', id, locale: 'uk', draft: true, depth: 0 })
    await payload.update({
      collection: 'pages',
      id,
      locale: 'uk',
      data: {
        title: 'Основні дані',
        facts: draft.facts!.map((fact: Fact) => ({ ...fact, label: fact.id === first ? 'Ухвалено' : 'Заходи' })),
        _status: 'published',
      } as never,
      ...as(translator),
    })
    expect(await liveFacts(id, 'de')).toEqual([
      [first, 'Beschlossen'],
      [second, 'Maßnahmen'],
    ])
    expect(await liveFacts(id, 'uk')).toEqual([
      [first, 'Ухвалено'],
      [second, 'Заходи'],
    ])
    const editorsDraft = await payload.findByID({ collection: 'pages', id, locale: 'de', draft: true, depth: 0 })
    expect(editorsDraft._status).toBe('draft')
    expect(editorsDraft.facts!.map((fact: Fact) => [fact.id, fact.label])).toEqual([
      [second, 'UNGEPRÜFT Maßnahmen'],
      [first, 'Beschlossen'],
    ])
  })

  test('should refuse, in German, a translator publishing a document that was never published', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'de',
      draft: true,
      data: { title: 'Noch nicht veröffentlicht', _status: 'draft' } as never,
    })
    await expect(
      payload.update({
        collection: 'pages',
        id: page.id,
        locale: 'uk',
        data: { title: 'Ще не опубліковано', _status: 'published' } as never,
        ...as(translator),
      }),
    ).rejects.toThrow(/noch nicht veröffentlicht/)
    await expect(payload.findByID({ collection: 'pages', id: page.id, overrideAccess: false })).rejects.toThrow()
  })
})
