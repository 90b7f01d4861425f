import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { isFormCode } from '@wir/shared/formCode'

import { bootPayload } from '../helpers/bootPayload'
import { rejectionMessages } from '../helpers/rejectionMessages'

let payload: Payload
let cleanup: () => Promise<void>
let dataDir: string

beforeAll(async () => {
  ;({ payload, cleanup, dataDir } = await bootPayload())
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] },
  })
})
afterAll(async () => cleanup?.())

/** The smallest file Payload accepts as a PDF: header, cross-reference table, end marker. */
const minimalPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /Size 1 >>\nstartxref\n9\n%%EOF\n',
)
const field = (number: string, germanLabel: string, explanation: string) => ({
  number,
  germanLabel,
  required: true,
  explanation,
})
const createForm = (data: Record<string, unknown> = {}, status: 'draft' | 'published' = 'published') =>
  payload.create({
    collection: 'forms',
    locale: 'de',
    draft: status === 'draft',
    data: {
      germanTitle: 'Antrag auf Testzwecke',
      edition: 'Stand 03/2025',
      sections: [
        {
          number: 'A',
          germanHeading: 'Person',
          fields: [field('1', 'Familienname', 'Ihr Familienname.'), field('2', 'Vorname', 'Ihr Vorname.')],
        },
      ],
      _status: status,
      ...data,
    },
  })

describe('short codes', () => {
  test('should be assigned on creation, valid, unique and recorded in the registry', async () => {
    const first = await createForm()
    const second = await createForm({ code: first.code })
    expect(isFormCode(first.code)).toBe(true)
    expect(isFormCode(second.code)).toBe(true)
    expect(second.code).not.toBe(first.code)
    const registry = await payload.find({ collection: 'form-codes', where: { code: { equals: first.code } } })
    expect(registry.docs[0]).toMatchObject({
      code: first.code,
      form: String(first.id),
      germanTitle: 'Antrag auf Testzwecke',
    })
  })

  test('should never change: an attempt is rejected with a German message', async () => {
    const form = await createForm()
    const reasons = await rejectionMessages(
      payload.update({ collection: 'forms', id: form.id, data: { code: 'AAAAA' } }),
    )
    expect(reasons[0]).toMatch(/Kurzcode eines Formulars kann nicht geändert werden/)
    const stored = await payload.findByID({ collection: 'forms', id: form.id })
    expect(stored.code).toBe(form.code)
    // Saving the unchanged code (as the admin does with every save) is fine.
    await payload.update({ collection: 'forms', id: form.id, data: { code: form.code, edition: 'Stand 04/2025' } })
  })

  test('should stay taken after the form is deleted', async () => {
    const form = await createForm()
    await payload.delete({ collection: 'forms', id: form.id })
    const registry = await payload.find({ collection: 'form-codes', where: { code: { equals: form.code } } })
    expect(registry.totalDocs).toBe(1)
    await expect(
      payload.delete({
        collection: 'form-codes',
        id: registry.docs[0]!.id,
        overrideAccess: false,
        user: await admin(),
      }),
    ).rejects.toThrow()
  })
})

async function admin() {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.org' } } })
  return { ...docs[0]!, collection: 'users' as const }
}

describe('bad input', () => {
  test('should reject a duplicate position in German and keep the stored form', async () => {
    const form = await createForm()
    const sections = [
      { number: 'A', germanHeading: 'Person', fields: [field('1', 'Familienname', 'x'), field('1', 'Vorname', 'y')] },
    ]
    const reasons = await rejectionMessages(payload.update({ collection: 'forms', id: form.id, data: { sections } }))
    expect(reasons).toEqual([
      'Die Position „Abschnitt A, Feld 1“ gibt es in diesem Formular schon. Jede Feldnummer darf je Abschnitt nur einmal vorkommen.',
    ])
    const stored = await payload.findByID({ collection: 'forms', id: form.id, depth: 0 })
    expect(
      (stored.sections as { fields: { germanLabel: string }[] }[] | undefined)?.[0]?.fields.map(
        (row) => row.germanLabel,
      ),
    ).toEqual(['Familienname', 'Vorname'])
  })

  test('should allow the same field number in different sections', async () => {
    const form = await createForm({
      sections: [
        { number: 'A', germanHeading: 'Person', fields: [field('1', 'Familienname', 'x')] },
        { number: 'B', germanHeading: 'Anschrift', fields: [field('1', 'Straße', 'y')] },
      ],
    })
    expect(form.sections).toHaveLength(2)
  })

  test('should reject a file that is not a PDF, even when it is called .pdf', async () => {
    const reasons = await rejectionMessages(
      payload.create({
        collection: 'form-pdfs',
        data: {},
        file: {
          data: Buffer.from('PK\u0003\u0004 this is a zip'),
          mimetype: 'application/pdf',
          name: 'anmeldung.pdf',
          size: 20,
        },
      }),
    )
    expect(reasons).toEqual([
      'Die Datei „anmeldung.pdf“ ist kein gültiges PDF. Bitte wählen Sie eine andere Datei; gespeichert wurde nichts.',
    ])
  })

  test('should reject an oversized PDF with its size and the limit', async () => {
    const data = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 * 1024 * 1024, 0x20), minimalPdf])
    const reasons = await rejectionMessages(
      payload.create({
        collection: 'form-pdfs',
        data: {},
        file: { data, mimetype: 'application/pdf', name: 'gross.pdf', size: data.length },
      }),
    )
    expect(reasons).toEqual(['Die Datei „gross.pdf“ ist 11 MB groß. Erlaubt sind höchstens 10 MB.'])
    expect((await payload.count({ collection: 'form-pdfs' })).totalDocs).toBe(0)
  })
})

describe('access', () => {
  test('anonymous readers should not see unpublished forms', async () => {
    const draft = await createForm({ germanTitle: 'Entwurf eines Formulars' }, 'draft')
    const { docs } = await payload.find({ collection: 'forms', overrideAccess: false, depth: 0, pagination: false })
    expect(docs.map((doc) => doc.id)).not.toContain(draft.id)
    await expect(payload.findByID({ collection: 'forms', id: draft.id, overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'form-codes', overrideAccess: false })).rejects.toThrow()
    await expect(payload.find({ collection: 'form-scan-counts', overrideAccess: false })).rejects.toThrow()
  })

  test('translators should edit their locales\u2019 explanations only, never printed labels or the code', async () => {
    const form = await createForm()
    const translator = await payload.create({
      collection: 'users',
      data: {
        email: 'ar@example.org',
        password: 'translator-pass-9',
        roles: ['translator'],
        translationLocales: ['ar'],
      },
    })
    const as = { user: { ...translator, collection: 'users' as const }, overrideAccess: false }
    const current = await payload.findByID({ collection: 'forms', id: form.id, locale: 'ar', depth: 0 })
    const sections = (current.sections as { fields: { explanation?: string }[] }[]).map((section) => ({
      ...section,
      heading: 'البيانات الشخصية',
      fields: section.fields.map((row, index) => ({
        ...row,
        germanLabel: 'Geändert',
        explanation: index === 0 ? 'اسم العائلة كما في جواز السفر.' : row.explanation,
      })),
    }))
    await payload.update({
      collection: 'forms',
      id: form.id,
      locale: 'ar',
      data: { title: 'طلب لأغراض الاختبار', sections },
      ...as,
    })

    const stored = await payload.findByID({ collection: 'forms', id: form.id, locale: 'all', depth: 0 })
    const firstField = (stored.sections as unknown as { fields: unknown[] }[])[0]!.fields[0] as {
      germanLabel: string
      explanation: Record<string, string>
    }
    expect(firstField.germanLabel).toBe('Familienname')
    expect(firstField.explanation).toMatchObject({ de: 'Ihr Familienname.', ar: 'اسم العائلة كما في جواز السفر.' })
    expect(stored.title as unknown).toMatchObject({ ar: 'طلب لأغراض الاختبار' })

    const reasons = await rejectionMessages(
      payload.update({ collection: 'forms', id: form.id, locale: 'ar', data: { code: 'AAAAA' }, ...as }),
    )
    expect(reasons[0]).toMatch(/Kurzcode/)
    await expect(
      payload.update({ collection: 'forms', id: form.id, locale: 'de', data: { title: 'Geändert' }, ...as }),
    ).rejects.toThrow()
  })
})

describe('QR codes and export', () => {
  test('should keep the QR bytes when a translation is added', async () => {
    const { formQrFiles } = await import('@wir/cms/form-qr')
    const form = await createForm()
    const before = await Promise.all(Object.values(formQrFiles(form.code)).map((file) => file.body()))
    await payload.update({ collection: 'forms', id: form.id, locale: 'uk', data: { title: 'Заява для тестування' } })
    const after = await payload.findByID({ collection: 'forms', id: form.id })
    expect(after.code).toBe(form.code)
    const again = await Promise.all(Object.values(formQrFiles(after.code)).map((file) => file.body()))
    expect(again.map((bytes) => bytes.toString('base64'))).toEqual(before.map((bytes) => bytes.toString('base64')))
  })

  test('should export published forms with their PDF, retired ones with status and successor, never drafts', async () => {
    const { buildSnapshotWithFiles } = await import('@wir/cms/export')
    const { writeSnapshot } = await import('@wir/cms/write-snapshot')
    const pdf = await payload.create({
      collection: 'form-pdfs',
      data: { alt: 'Testformular' },
      file: { data: minimalPdf, mimetype: 'application/pdf', name: 'test.pdf', size: minimalPdf.length },
    })
    const successor = await createForm({ germanTitle: 'Neue Ausgabe', edition: 'Stand 01/2026', pdf: pdf.id })
    const retired = await createForm({ germanTitle: 'Alte Ausgabe', lifecycle: 'retired', successor: successor.id })
    const draft = await createForm({ germanTitle: 'Noch ein Entwurf' }, 'draft')

    const { snapshot, files } = await buildSnapshotWithFiles(payload)
    const byId = new Map(snapshot.forms.map((form) => [form.id, form]))
    expect(byId.has(String(draft.id))).toBe(false)
    expect(byId.get(String(retired.id))).toMatchObject({
      status: 'retired',
      successor: String(successor.id),
      code: retired.code,
    })
    expect(byId.get(String(successor.id))?.pdf).toMatchObject({
      file: 'formular.pdf',
      mimeType: 'application/pdf',
      bytes: minimalPdf.length,
    })

    const file = path.join(dataDir, 'out/snapshot.json')
    await writeSnapshot(snapshot, file, files)
    const copied = path.join(dataDir, 'out/form-files', successor.code, 'formular.pdf')
    expect(existsSync(copied)).toBe(true)
    expect(readFileSync(copied, 'utf8')).toContain('%PDF-1.4')
  })

  test('should export the codes of deleted, unpublished and draft forms as unavailable, without their titles', async () => {
    const { buildSnapshotWithFiles } = await import('@wir/cms/export')
    const deleted = await createForm({ germanTitle: 'Gelöschter Antrag' })
    await payload.delete({ collection: 'forms', id: deleted.id })
    const unpublished = await createForm({ germanTitle: 'Zurückgezogener Antrag' })
    await payload.update({ collection: 'forms', id: unpublished.id, data: { _status: 'draft' } })
    const draft = await createForm({ germanTitle: 'Entwurf mit gedrucktem Etikett' }, 'draft')
    const live = await createForm({ germanTitle: 'Veröffentlichter Antrag' })

    const { snapshot } = await buildSnapshotWithFiles(payload)
    expect(snapshot.unavailableFormCodes).toEqual(expect.arrayContaining([deleted.code, unpublished.code, draft.code]))
    expect(snapshot.unavailableFormCodes).not.toContain(live.code)
    expect(snapshot.forms.map((form) => form.code)).toContain(live.code)
    const json = JSON.stringify(snapshot)
    for (const title of ['Gelöschter Antrag', 'Zurückgezogener Antrag', 'Entwurf mit gedrucktem Etikett'])
      expect(json).not.toContain(title)
  })
})
