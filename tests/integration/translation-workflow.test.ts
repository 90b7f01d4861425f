import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { paragraph } from '../helpers/lexical'

let payload: Payload
let cleanup: () => Promise<void>
let pageId: number | string
let translator: Record<string, unknown> & { id: number | string }

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] },
  })
  translator = (await payload.create({
    collection: 'users',
    data: { email: 'uk@example.org', password: 'translator-pass-1', roles: ['translator'], translationLocales: ['uk'] },
  })) as never
  const page = await payload.create({
    collection: 'pages',
    locale: 'de',
    data: {
      title: 'Anmeldung der Wohnung',
      body: paragraph('Sie melden Ihre Wohnung beim Bürgeramt an.'),
      _status: 'published',
    } as never,
  })
  pageId = page.id
})
afterAll(async () => cleanup?.())

const asTranslator = () => ({ user: { ...translator, collection: 'users' as const }, overrideAccess: false })
const report = async (locale: string) => {
  const { reportFor } = await import('@wir/cms/translation-report')
  const doc = await payload.findByID({ collection: 'pages', id: pageId, locale: 'all', draft: true, depth: 0 })
  return reportFor({ fields: payload.collections.pages!.config.fields, doc: doc as never, locale })
}
const statusOf = (fields: { path: string; status: string }[], path: string) =>
  fields.find((field) => field.path === path)?.status
const snapshotPage = async () => {
  const { buildSnapshot } = await import('@wir/cms/export')
  return (await buildSnapshot(payload)).pages.find((page) => page.id === String(pageId))!
}

describe('translation status per field', () => {
  test('should start as missing in every field for a new language', async () => {
    const { status, fields } = await report('uk')
    expect(status).toBe('missing')
    expect(statusOf(fields, 'title')).toBe('missing')
    expect(statusOf(fields, 'body')).toBe('missing')
  })

  test('should be up to date for a translated field and missing for the others', async () => {
    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'uk',
      data: { title: 'Реєстрація житла' },
      ...asTranslator(),
    })
    const { status, fields } = await report('uk')
    expect(statusOf(fields, 'title')).toBe('upToDate')
    expect(statusOf(fields, 'body')).toBe('missing')
    expect(status).toBe('outdated')
  })

  test('should outdate only the field whose German source changed', async () => {
    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'uk',
      data: { body: paragraph('Ви реєструєте житло в Bürgeramt.') },
      ...asTranslator(),
    })
    expect((await report('uk')).status).toBe('upToDate')
    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'de',
      data: { body: paragraph('Sie melden Ihre Wohnung innerhalb von zwei Wochen beim Bürgeramt an.') },
    })
    const { fields } = await report('uk')
    expect(statusOf(fields, 'title')).toBe('upToDate')
    expect(statusOf(fields, 'body')).toBe('outdated')
    const body = fields.find((field) => field.path === 'body')!
    expect(body.translatedFromText).toBe('Sie melden Ihre Wohnung beim Bürgeramt an.')
    expect(body.sourceText).toBe('Sie melden Ihre Wohnung innerhalb von zwei Wochen beim Bürgeramt an.')
  })

  test('should outdate nothing when the German change is marked as minor', async () => {
    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'de',
      data: { title: 'Anmeldung der Wohnung.', minorChange: true } as never,
    })
    expect(statusOf((await report('uk')).fields, 'title')).toBe('upToDate')
  })

  test('should be up to date again when the translator confirms it is still correct', async () => {
    const { confirmTranslation } = await import('../../cms/src/translation/tracking')
    const doc = await payload.findByID({ collection: 'pages', id: pageId, depth: 0, draft: true })
    const tracking = confirmTranslation({
      tracking: doc.translationTracking as never,
      locale: 'uk',
      paths: ['body'],
      now: new Date().toISOString(),
    })
    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'uk',
      data: { translationTracking: tracking } as never,
      context: { writeTranslationTracking: true },
    })
    expect((await report('uk')).status).toBe('upToDate')
  })

  test('should ignore a client that sends its own tracking record', async () => {
    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'uk',
      data: { translationTracking: { source: {}, locales: {} } } as never,
      ...asTranslator(),
    })
    expect((await report('uk')).status).toBe('upToDate')
  })
})

describe('publishing translations', () => {
  test('should keep a translation off the site until its language is marked ready', async () => {
    const before = await snapshotPage()
    expect(before.title.uk).toBeUndefined()
    expect(before.translations.uk).toBeUndefined()

    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'uk',
      data: { translationState: 'ready' } as never,
      ...asTranslator(),
    })
    const after = await snapshotPage()
    expect(after.title.uk).toBe('Реєстрація житла')
    expect(after.translations.uk).toMatchObject({ provenance: 'person', checked: true })
  })

  test('should never show a machine pre-translation as checked', async () => {
    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'uk',
      data: { translationProvenance: 'machine', title: 'Реєстрація житла (MT)' } as never,
    })
    const page = await snapshotPage()
    expect(page.translations.uk).toMatchObject({ provenance: 'machine', checked: false })
  })
})
