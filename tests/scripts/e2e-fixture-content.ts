/**
 * Test data for the end-to-end portal, added through the Local API the way a translator and an
 * editor would add it: a Turkish translation of one strategy page (marked ready), a picture on
 * that page (a generated gradient, alt text in German, English and Turkish), one glossary term, a drawn page picture with a field marker on an example form, and a deleted form (its code must keep answering). Clearly marked "[Test]": it lives only in the test database under tests/.tmp.
 */
import { paragraph } from '../helpers/lexical'

const { getPayload } = await import('payload')
const { default: config } = await import('@wir/cms/config')
const { default: sharp } = await import('sharp')

const payload = await getPayload({ config })
const { docs } = await payload.find({
  collection: 'pages',
  where: { key: { equals: 'welcome-address' } },
  limit: 1,
  depth: 0,
})
const page = docs[0]
if (!page) throw new Error('seeded page welcome-address missing')
if (
  (await payload.find({ collection: 'glossary', where: { key: { equals: 'e2e-einwanderungsstadt' } }, limit: 1 }))
    .totalDocs === 0
) {
  await payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'tr',
    data: {
      title: '[Test] Hoş geldiniz',
      body: paragraph('[Test] Türkçe deneme metni.'),
      translationState: 'ready',
      translationProvenance: 'person',
      _status: 'published',
    } as never,
  })
  // A picture made here, not an official one: a gradient, described as what it is.
  const width = 1600
  const height = 900
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i += 3) {
    pixels[i] = (((i / 3) % width) * 255) / width
    pixels[i + 1] = 90
    pixels[i + 2] = 160
  }
  const png = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    locale: 'de',
    data: { alt: '[Test] Farbverlauf von Blau nach Rosa', credit: 'Testbild' },
    file: { data: png, mimetype: 'image/png', name: 'e2e-farbverlauf.png', size: png.length },
  })
  // The page is published in English (the seed's edition) and Turkish: both need alt text to publish it.
  await payload.update({
    collection: 'media',
    id: image.id,
    locale: 'tr',
    data: { alt: '[Test] Maviden pembeye renk geçişi' },
  })
  await payload.update({
    collection: 'media',
    id: image.id,
    locale: 'en',
    data: { alt: '[Test] Colour gradient from blue to pink' },
  })
  await payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'de',
    data: { image: image.id, _status: 'published' } as never,
  })
  await payload.create({
    collection: 'glossary',
    locale: 'de',
    data: {
      key: 'e2e-einwanderungsstadt',
      term: 'Einwanderungsstadt',
      explanation: '[Test] Eine Stadt, in die viele Menschen aus anderen Ländern ziehen.',
      _status: 'published',
    } as never,
  })
}
// A picture of the registration example's first page (a drawn test sheet, not the real form),
// with its first field marked, so a reader can tap the field on the picture.
const registration = (
  await payload.find({
    collection: 'forms',
    where: { key: { equals: 'form-example-registration' } },
    limit: 1,
    depth: 0,
  })
).docs[0] as { id: number; pages?: unknown[]; sections: { id: string; fields: { id: string }[] }[] } | undefined
if (!registration) throw new Error('seeded form form-example-registration missing')
if (!registration.pages?.length) {
  const sheet = await sharp({ create: { width: 800, height: 1131, channels: 3, background: '#ffffff' } })
    .composite([
      {
        input: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1131"><rect x="80" y="226" width="400" height="57" fill="none" stroke="#000" stroke-width="3"/></svg>',
        ),
        top: 0,
        left: 0,
      },
    ])
    .png()
    .toBuffer()
  const page = await payload.create({
    collection: 'form-page-images',
    data: { alt: '[Test] Seite 1 als gezeichnetes Testblatt' },
    file: { data: sheet, mimetype: 'image/png', name: 'e2e-formularseite-1.png', size: sheet.length },
  })
  const sections = registration.sections.map((section, sectionIndex) => ({
    ...section,
    fields: section.fields.map((field, fieldIndex) =>
      sectionIndex === 0 && fieldIndex === 0
        ? { ...field, marker: { page: 1, x: 10, y: 20, width: 50, height: 5 } }
        : field,
    ),
  }))
  await payload.update({
    collection: 'forms',
    id: registration.id,
    locale: 'de',
    data: { pages: [{ image: page.id }], sections, _status: 'published' } as never,
  })
}

// A form whose label went to print and which was then deleted: its code must still answer.
if (
  (
    await payload.count({
      collection: 'form-codes',
      where: { germanTitle: { equals: '[Test] Zurückgezogener Antrag' } },
    })
  ).totalDocs === 0
) {
  const withdrawn = await payload.create({
    collection: 'forms',
    locale: 'de',
    data: {
      germanTitle: '[Test] Zurückgezogener Antrag',
      edition: 'Stand 01/2026',
      isExample: true,
      sections: [{ number: 'A', fields: [{ number: '1', germanLabel: 'Name', explanation: '[Test] Ihr Name.' }] }],
      _status: 'published',
    } as never,
  })
  await payload.delete({ collection: 'forms', id: withdrawn.id })
}
if (
  (await payload.count({ collection: 'users', where: { email: { equals: 'translator-uk@example.org' } } }))
    .totalDocs === 0
) {
  await payload.create({
    collection: 'users',
    data: {
      email: 'translator-uk@example.org',
      password: 'translator-uk-password',
      roles: ['translator'],
      translationLocales: ['uk'],
      name: 'Test Übersetzung UK',
    } as never,
  })
}
await payload.destroy()
process.exit(0)
export {}
