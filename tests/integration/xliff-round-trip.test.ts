import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload, PayloadRequest } from 'payload'

import { bootPayload } from '../helpers/bootPayload'

let payload: Payload
let cleanup: () => Promise<void>
let editorReq: PayloadRequest
let pageId: number | string
let measureId: number | string

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  const { createLocalReq } = await import('payload')
  const editor = await payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', password: 'editor-password-1', roles: ['admin', 'editor'] },
  })
  editorReq = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload)
  const field = await payload.create({
    collection: 'fields-of-action',
    locale: 'de',
    data: { name: 'Soziales', order: 2, _status: 'published' },
  })
  const measure = await payload.create({
    collection: 'measures',
    locale: 'de',
    data: { title: 'Beratung', fieldOfAction: field.id, kind: 'measure', number: 1, order: 1, _status: 'published' },
  })
  measureId = measure.id
  const page = await payload.create({
    collection: 'pages',
    locale: 'de',
    data: {
      title: 'Ankommen in Hannover',
      body: {
        root: block('root', [
          block('paragraph', [
            text('Wichtig: ', 1),
            text('Melden Sie sich an. Mehr bei der '),
            block('link', [text('Beratung')], {
              type: 'link',
              fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'measures', value: measure.id } },
            }),
          ]),
          block(
            'list',
            [block('listitem', [text('Pass')], { value: 1 }), block('listitem', [text('Mietvertrag')], { value: 2 })],
            { listType: 'bullet', tag: 'ul', start: 1 },
          ),
        ]),
      },
      _status: 'published',
    } as never,
  })
  pageId = page.id
})
afterAll(async () => cleanup?.())

const exportPage = async (locale: string) => {
  const { exportXliff } = await import('@wir/cms/xliff-export')
  return exportXliff(editorReq, { locale, documents: [{ collection: 'pages', id: pageId }], onlyOpen: false })
}

/** The "agency": fills every segment's target, keeping the inline codes of the source. */
const translate = (xml: string, dictionary: Record<string, string>) =>
  xml.replace(/<source>([\s\S]*?)<\/source>/g, (match, source: string) => {
    let target = source
    for (const [german, arabic] of Object.entries(dictionary)) target = target.replaceAll(german, arabic)
    return `${match}<target>${target}</target>`
  })

const arabic = {
  'Ankommen in Hannover': 'الوصول إلى هانوفر',
  'Wichtig: ': 'مهم: ',
  'Melden Sie sich an. Mehr bei der ': 'سجّلوا عنوانكم. المزيد لدى ',
  Beratung: 'الاستشارة',
  Pass: 'جواز السفر',
  Mietvertrag: 'عقد الإيجار',
}

describe('XLIFF 2.0 exchange with translation agencies', () => {
  test('should export one unit per localized field with inline markup', async () => {
    const xml = await exportPage('ar')
    expect(xml).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="ar">',
    )
    expect(xml).toContain(`<file id="pages:${pageId}"`)
    expect(xml).toContain('<unit id="title" name="text">')
    expect(xml).toContain('<unit id="body" name="richText">')
    expect(xml).toContain(
      '<source><pc id="f1" type="fmt" subType="xlf:b">Wichtig: </pc>Melden Sie sich an. Mehr bei der <pc id="l2" type="link">Beratung</pc></source>',
    )
    expect(xml).toContain('<segment id="b3"><source>Mietvertrag</source></segment>')
  })

  test('should import a translated file without loss and show it on the site once marked ready', async () => {
    const { importXliff } = await import('@wir/cms/xliff-import')
    const report = await importXliff(editorReq, translate(await exportPage('ar'), arabic), { expectedLocale: 'ar' })
    expect(report.error).toBeUndefined()
    expect(report.applied).toBe(true)
    expect(report.units.map((unit) => [unit.unit, unit.ok])).toEqual([
      ['title', true],
      ['body', true],
    ])

    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'ar',
      data: { translationState: 'ready' } as never,
    })
    const { buildSnapshot } = await import('@wir/cms/export')
    const page = (await buildSnapshot(payload)).pages.find((entry) => entry.id === String(pageId))!
    expect(page.title.ar).toBe('الوصول إلى هانوفر')
    expect(page.bodyHtml.ar).toBe(
      `<p><strong>مهم: </strong>سجّلوا عنوانكم. المزيد لدى <a href="wir:/massnahmen/beratung/">الاستشارة</a></p><ul><li>جواز السفر</li><li>عقد الإيجار</li></ul>`,
    )
    expect(page.translations.ar).toMatchObject({ provenance: 'agency', checked: true })
  })

  test('should reject bad files and change nothing', async () => {
    const { importXliff } = await import('@wir/cms/xliff-import')
    const before = await payload.findByID({ collection: 'pages', id: pageId, locale: 'all', depth: 0 })
    const good = translate(await exportPage('fa'), { 'Ankommen in Hannover': 'ورود به هانوفر' })

    const wrongLanguage = await importXliff(editorReq, good, { expectedLocale: 'ar' })
    expect(wrongLanguage.error).toMatch(/für "fa", erwartet war "ar"/)

    const unknownDocument = await importXliff(editorReq, good.replace(`pages:${pageId}`, 'pages:999999'))
    expect(unknownDocument.applied).toBe(false)
    expect(unknownDocument.units[0]?.message).toBe('Unbekanntes Dokument')

    const broken = await importXliff(editorReq, good.replace('</target>', '</targe>'))
    expect(broken.error).toMatch(/kein gültiges XML/)

    const inventedLink = await importXliff(
      editorReq,
      good.replace(
        '<pc id="l2" type="link">Beratung</pc></source><target>',
        '<pc id="l2" type="link">Beratung</pc></source><target><pc id="l9" type="link">x</pc>',
      ),
    )
    expect(inventedLink.applied).toBe(false)
    expect(inventedLink.units.find((unit) => unit.unit === 'body')?.message).toMatch(/l9/)
    expect(inventedLink.units.find((unit) => unit.unit === 'title')?.message).toMatch(/nicht übernommen/)

    const after = await payload.findByID({ collection: 'pages', id: pageId, locale: 'all', depth: 0 })
    expect(after.title).toEqual(before.title)
    expect(after.body).toEqual(before.body)
  })

  test('should refuse a file whose German source changed after the export', async () => {
    const { importXliff } = await import('@wir/cms/xliff-import')
    const exported = await exportPage('tr')
    await payload.update({
      collection: 'pages',
      id: pageId,
      locale: 'de',
      data: { title: 'Ankommen in Hannover – neu' },
    })
    const report = await importXliff(editorReq, translate(exported, { 'Ankommen in Hannover': 'Hannover’a varış' }))
    expect(report.applied).toBe(false)
    expect(report.units.find((unit) => unit.unit === 'title')?.message).toMatch(/seit dem Export geändert/)
    void measureId
  })
})
