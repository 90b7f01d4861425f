import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'

let payload: Payload
let cleanup: () => Promise<void>
let fieldId: number | string
let buildSnapshot: (payload: Payload) => Promise<import('@wir/shared/snapshot').Snapshot>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  ;({ buildSnapshot } = await import('@wir/cms/export'))
  // The first user of a database always becomes admin; create it so the others keep their roles.
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] },
  })
  const field = await payload.create({
    collection: 'fields-of-action',
    locale: 'de',
    data: { name: 'Bildung', slug: 'bildung', order: 1, _status: 'published' },
  })
  fieldId = field.id
})
afterAll(async () => cleanup?.())

const createMeasure = (title: string, status: 'draft' | 'published', extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'measures',
    locale: 'de',
    draft: status === 'draft',
    data: { title, fieldOfAction: fieldId, kind: 'measure', number: 1, order: 1, _status: status, ...extra },
  })

describe('anonymous readers', () => {
  test('should never see a draft, through find or by id', async () => {
    const draft = await createMeasure('Entwurf einer Maßnahme', 'draft')
    const published = await createMeasure('Veröffentlichte Maßnahme', 'published')
    const { docs } = await payload.find({ collection: 'measures', overrideAccess: false, depth: 0 })
    expect(docs.map((doc) => doc.id)).toContain(published.id)
    expect(docs.map((doc) => doc.id)).not.toContain(draft.id)
    await expect(payload.findByID({ collection: 'measures', id: draft.id, overrideAccess: false })).rejects.toThrow()
  })

  test('should not read users or redirects', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'redirects', overrideAccess: false })).rejects.toThrow()
  })
})

describe('translators', () => {
  test('should edit only the locales assigned to them, never the German structure', async () => {
    const translator = await payload.create({
      collection: 'users',
      data: {
        email: 'uk@example.org',
        password: 'translator-pass-1',
        roles: ['translator'],
        translationLocales: ['uk'],
      },
    })
    expect(translator.roles).toEqual(['translator'])
    const measure = await createMeasure('Sprachkurse', 'published', { number: 5 })
    const asTranslator = { user: { ...translator, collection: 'users' as const }, overrideAccess: false }

    await expect(
      payload.update({
        collection: 'measures',
        id: measure.id,
        locale: 'ar',
        data: { title: 'دورات اللغة' },
        ...asTranslator,
      }),
    ).rejects.toThrow(/keine Berechtigung/)
    await expect(
      payload.update({
        collection: 'measures',
        id: measure.id,
        locale: 'de',
        data: { title: 'Geändert' },
        ...asTranslator,
      }),
    ).rejects.toThrow()

    await payload.update({
      collection: 'measures',
      id: measure.id,
      locale: 'uk',
      data: { title: 'Мовні курси', number: 99 },
      ...asTranslator,
    })
    const stored = await payload.findByID({ collection: 'measures', id: measure.id, locale: 'all', depth: 0 })
    expect(stored.title as unknown).toMatchObject({ de: 'Sprachkurse', uk: 'Мовні курси' })
    expect(stored.number).toBe(5)
  })

  test('should not be able to give themselves more languages or roles', async () => {
    const translator = await payload.create({
      collection: 'users',
      data: {
        email: 'fa@example.org',
        password: 'translator-pass-2',
        roles: ['translator'],
        translationLocales: ['fa'],
      },
    })
    await payload.update({
      collection: 'users',
      id: translator.id,
      data: { roles: ['admin'], translationLocales: ['fa', 'ar'] },
      user: { ...translator, collection: 'users' as const },
      overrideAccess: false,
    })
    const stored = await payload.findByID({ collection: 'users', id: translator.id })
    expect(stored.roles).toEqual(['translator'])
    expect(stored.translationLocales).toEqual(['fa'])
  })

  test('should be rejected with a German message when no language is assigned', async () => {
    const error = await payload
      .create({
        collection: 'users',
        data: { email: 'none@example.org', password: 'translator-pass-3', roles: ['translator'] },
      })
      .catch((caught: { message: string; data?: { errors?: { message: string }[] } }) => caught)
    expect(error).toMatchObject({ message: expect.stringMatching(/Feld ist nicht korrekt/) })
    expect((error as { data: { errors: { message: string }[] } }).data.errors[0]?.message).toBe(
      'Bitte mindestens eine Sprache für die Übersetzung auswählen.',
    )
  })
})

describe('content export', () => {
  test('should contain published content only, and the published version of a document with a newer draft', async () => {
    const draftOnly = await createMeasure('Nur ein Entwurf', 'draft')
    const live = await createMeasure('Live-Titel', 'published')
    await payload.update({
      collection: 'measures',
      id: live.id,
      locale: 'de',
      draft: true,
      data: { title: 'Noch nicht veröffentlichter Titel' },
    })

    const snapshot = await buildSnapshot(payload)
    const ids = snapshot.measures.map((measure) => measure.id)
    expect(ids).not.toContain(String(draftOnly.id))
    const exported = snapshot.measures.find((measure) => measure.id === String(live.id))
    expect(exported?.title.de).toBe('Live-Titel')
    expect(JSON.stringify(snapshot)).not.toContain('Noch nicht veröffentlichter Titel')
  })

  test("should carry the editors' search-engine title and description per locale, and none where there is none", async () => {
    const described = await createMeasure('Sprachcafé', 'published', {
      meta: { title: 'Sprachcafé im Stadtteil', description: 'Deutsch üben, jeden Dienstag.' },
    })
    await payload.update({
      collection: 'measures',
      id: described.id,
      locale: 'en',
      data: {
        title: 'Language café',
        meta: { description: 'Practise German every Tuesday.' },
        translationState: 'ready',
      } as never,
    })
    const plain = await createMeasure('Ohne SEO-Angaben', 'published')

    const snapshot = await buildSnapshot(payload)
    expect(snapshot.measures.find((entry) => entry.id === String(described.id))?.meta).toEqual({
      title: { de: 'Sprachcafé im Stadtteil' },
      description: { de: 'Deutsch üben, jeden Dienstag.', en: 'Practise German every Tuesday.' },
    })
    expect(snapshot.measures.find((entry) => entry.id === String(plain.id))?.meta).toBeUndefined()
  })

  test('should keep the old URL working when a slug changes', async () => {
    const measure = await createMeasure('Interkulturelle Elternarbeit', 'published')
    expect(measure.slug).toBe('interkulturelle-elternarbeit')
    await payload.update({
      collection: 'measures',
      id: measure.id,
      data: { slug: 'elternarbeit', generateSlug: false, _status: 'published' },
    })
    const snapshot = await buildSnapshot(payload)
    expect(snapshot.measures.find((entry) => entry.id === String(measure.id))?.slug).toBe('elternarbeit')
    expect(snapshot.redirects).toContainEqual({
      from: '/massnahmen/interkulturelle-elternarbeit/',
      to: { collection: 'measures', id: String(measure.id) },
    })
  })

  test('should generate readable slugs from German titles with umlauts', async () => {
    const measure = await createMeasure('Übergänge in Ausbildung & Beruf', 'published')
    expect(measure.slug).toBe('uebergaenge-in-ausbildung-und-beruf')
  })
})
