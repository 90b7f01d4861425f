import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { rejectionMessages } from '../helpers/rejectionMessages'
import { rest, restLogin } from '../helpers/rest'

let payload: Payload
let cleanup: () => Promise<void>
let translator: Record<string, unknown> & { id: number | string }
let token: string

type Row = { id: string } & Record<string, unknown>
type Section = Row & { fields: Row[] }

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
  token = await restLogin('uk@example.org', 'translator-pass-1')
})
afterAll(async () => cleanup?.())

const asTranslator = () => ({ user: { ...translator, collection: 'users' as const }, overrideAccess: false })

let formCount = 0
/** A published form with two sections of two fields each, with Ukrainian explanations. */
async function publishedForm() {
  formCount++
  const field = (number: string, germanLabel: string) => ({ number, germanLabel, required: true, explanation: 'x' })
  const form = await payload.create({
    collection: 'forms',
    locale: 'de',
    data: {
      germanTitle: `Antrag ${formCount}`,
      edition: 'Stand 03/2025',
      sections: [
        { number: 'A', germanHeading: 'Person', fields: [field('1', 'Familienname'), field('2', 'Vorname')] },
        { number: 'B', germanHeading: 'Wohnung', fields: [field('3', 'Straße'), field('4', 'Ort')] },
      ],
      _status: 'published',
    } as never,
  })
  return { id: form.id, sections: form.sections as unknown as Section[] }
}

let pageCount = 0
async function publishedPage() {
  pageCount++
  const page = await payload.create({
    collection: 'pages',
    locale: 'de',
    data: {
      title: `Grußwort ${pageCount}`,
      signatories: [
        { name: 'Belit Onay', role: 'Oberbürgermeister' },
        { name: 'Erika Muster', role: 'Dezernentin' },
      ],
      _status: 'published',
    } as never,
  })
  return { id: page.id, signatories: page.signatories as unknown as Row[] }
}

/** A form's sections as the translator sends them: every row with its id, explanations in Ukrainian. */
const inUkrainian = (sections: Section[]) =>
  sections.map((section) => ({
    id: section.id,
    heading: `Розділ ${section.number}`,
    fields: section.fields.map((field) => ({ id: field.id, explanation: `Пояснення ${field.number}` })),
  }))

const updateFormAsTranslator = (id: number | string, sections: unknown) =>
  payload.update({ collection: 'forms', id, locale: 'uk', data: { sections } as never, ...asTranslator() })

const germanStructure = async (id: number | string) => {
  const form = await payload.findByID({ collection: 'forms', id, locale: 'de', draft: true, depth: 0 })
  return (form.sections as unknown as Section[]).map((section) => [
    section.germanHeading,
    section.fields.map((field) => field.germanLabel),
  ])
}
const printedStructure = [
  ['Person', ['Familienname', 'Vorname']],
  ['Wohnung', ['Straße', 'Ort']],
]

describe('a translator', () => {
  test('should translate the texts of existing rows in their own language', async () => {
    const { id, sections } = await publishedForm()
    await updateFormAsTranslator(id, inUkrainian(sections))
    const form = await payload.findByID({ collection: 'forms', id, locale: 'uk', depth: 0 })
    const translated = form.sections as unknown as Section[]
    expect(translated.map((section) => section.heading)).toEqual(['Розділ A', 'Розділ B'])
    expect(translated[1]!.fields.map((field) => field.explanation)).toEqual(['Пояснення 3', 'Пояснення 4'])
    expect(await germanStructure(id)).toEqual(printedStructure)
  })

  test("should import an agency's XLIFF file with the texts of a form's rows", async () => {
    const { id } = await publishedForm()
    const { createLocalReq } = await import('payload')
    const { exportXliff } = await import('@wir/cms/xliff-export')
    const { importXliff } = await import('@wir/cms/xliff-import')
    const req = await createLocalReq({ user: { ...translator, collection: 'users' } as never }, payload)
    const xml = await exportXliff(req, { locale: 'uk', documents: [{ collection: 'forms', id }], onlyOpen: false })
    const translated = xml.replace(
      /<source>([\s\S]*?)<\/source>/g,
      (match, source: string) => `${match}<target>УК ${source}</target>`,
    )
    const report = await importXliff(req, translated, { expectedLocale: 'uk' })
    expect(report.error).toBeUndefined()
    expect(report.applied).toBe(true)
    const form = await payload.findByID({ collection: 'forms', id, locale: 'uk', draft: true, depth: 0 })
    expect((form.sections as unknown as Section[])[1]!.fields.map((field) => field.explanation)).toEqual([
      'УК x',
      'УК x',
    ])
    expect(await germanStructure(id)).toEqual(printedStructure)
  })

  test('should not reorder the sections of a form', async () => {
    const { id, sections } = await publishedForm()
    const messages = await rejectionMessages(updateFormAsTranslator(id, inUkrainian(sections).reverse()))
    expect(messages.join(' ')).toMatch(/nur die Texte übersetzt werden: Zeilen hinzufügen, entfernen oder umsortieren/)
    expect(await germanStructure(id)).toEqual(printedStructure)
  })

  test('should not reorder, remove or add the fields of a form section', async () => {
    const { id, sections } = await publishedForm()
    const reordered = inUkrainian(sections)
    reordered[0]!.fields.reverse()
    const removed = inUkrainian(sections)
    removed[1]!.fields.pop()
    const added = inUkrainian(sections)
    added[0]!.fields.push({ explanation: 'Нове поле' } as never)
    for (const attempt of [reordered, removed, added]) {
      const messages = await rejectionMessages(updateFormAsTranslator(id, attempt))
      expect(messages.join(' ')).toMatch(/darf nur die Redaktion/)
    }
    expect(await germanStructure(id)).toEqual(printedStructure)
  })

  test('should not remove or add a section, even while publishing, through REST', async () => {
    const { id, sections } = await publishedForm()
    for (const attempt of [inUkrainian(sections).slice(0, 1), [...inUkrainian(sections), { heading: 'Новий' }]]) {
      const response = await rest('PATCH', `/api/forms/${id}?locale=uk`, {
        token,
        body: { sections: attempt, _status: 'published' },
      })
      expect(response.status).toBe(403)
      expect(JSON.stringify(response.json)).toMatch(/darf nur die Redaktion/)
    }
    expect(await germanStructure(id)).toEqual(printedStructure)
  })

  test('should not remove a signatory of a page', async () => {
    const { id, signatories } = await publishedPage()
    const messages = await rejectionMessages(
      payload.update({
        collection: 'pages',
        id,
        locale: 'uk',
        data: { signatories: [{ id: signatories[0]!.id, role: 'Мер' }], _status: 'published' } as never,
        ...asTranslator(),
      }),
    )
    expect(messages.join(' ')).toMatch(/Unterzeichnet von/)
    const page = await payload.findByID({ collection: 'pages', id, locale: 'de', overrideAccess: false, depth: 0 })
    expect(page.signatories!.map((person: Row) => person.name)).toEqual(['Belit Onay', 'Erika Muster'])
  })

  test('should translate a signatory role, but the name stays as it is', async () => {
    const { id, signatories } = await publishedPage()
    await payload.update({
      collection: 'pages',
      id,
      locale: 'uk',
      data: {
        title: 'Привітання',
        signatories: signatories.map((person, index) => ({ id: person.id, name: 'Hacker', role: `Роль ${index}` })),
        _status: 'published',
      } as never,
      ...asTranslator(),
    })
    const page = await payload.findByID({ collection: 'pages', id, locale: 'uk', overrideAccess: false, depth: 0 })
    expect(page.signatories!.map((person: Row) => [person.name, person.role])).toEqual([
      ['Belit Onay', 'Роль 0'],
      ['Erika Muster', 'Роль 1'],
    ])
  })

  test('should not write German or any other language', async () => {
    const { id } = await publishedPage()
    for (const locale of ['de', 'en', 'all'] as const) {
      await expect(
        payload.update({
          collection: 'pages',
          id,
          locale,
          data: { title: locale === 'all' ? { de: 'Gehackt' } : 'Gehackt' } as never,
          ...asTranslator(),
        }),
      ).rejects.toThrow()
    }
    const response = await rest('PATCH', `/api/pages/${id}?locale=de`, { token, body: { title: 'Gehackt' } })
    expect(response.status).toBe(403)
    expect((await payload.findByID({ collection: 'pages', id, locale: 'de', depth: 0 })).title).toBe(
      `Grußwort ${pageCount}`,
    )
  })

  test('should not restore an earlier version', async () => {
    const { id } = await publishedPage()
    await payload.update({ collection: 'pages', id, locale: 'de', data: { title: 'Neuer Titel' } as never })
    const { docs } = await payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: id } },
      sort: 'createdAt',
    })
    const first = docs[0]!
    await expect(payload.restoreVersion({ collection: 'pages', id: first.id, ...asTranslator() })).rejects.toThrow(
      /frühere Fassung wiederherstellen kann nur die Redaktion/,
    )
    const response = await rest('POST', `/api/pages/versions/${first.id}?locale=uk&draft=true`, { token })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.json)).toMatch(/nur die Redaktion/)
    const page = await payload.findByID({ collection: 'pages', id, locale: 'de', draft: true, depth: 0 })
    expect(page.title).toBe('Neuer Titel')
  })

  test('should not take a document off the site', async () => {
    const { id } = await publishedPage()
    const response = await rest('PATCH', `/api/pages/${id}?locale=uk&depth=0`, { token, body: { _status: 'draft' } })
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.json)).toMatch(/von der Website nehmen kann nur die Redaktion/)
    const page = await payload.findByID({ collection: 'pages', id, locale: 'de', overrideAccess: false, depth: 0 })
    expect(page._status).toBe('published')
  })
})
