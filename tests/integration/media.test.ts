import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { rejectionMessages } from '../helpers/rejectionMessages'

let payload: Payload
let cleanup: () => Promise<void>
let dataDir: string

beforeAll(async () => {
  ;({ payload, cleanup, dataDir } = await bootPayload())
  // The first account always becomes an admin; the translator below must not be the first.
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] } as never,
  })
})
afterAll(async () => cleanup?.())

/** A real photo-like PNG: a gradient with noise, so every encoder has work to do. */
async function photo(width = 1600, height = 900, format: 'png' | 'webp' = 'png'): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i += 3) {
    const x = (i / 3) % width
    pixels[i] = (x * 255) / width
    pixels[i + 1] = (Math.random() * 60) | 0
    pixels[i + 2] = 180
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    [format]()
    .toBuffer()
}

const upload = (
  data: Buffer,
  name: string,
  mimetype: string,
  alt: string | null = 'Ein Farbverlauf von Schwarz nach Rot',
) =>
  payload.create({
    collection: 'media',
    locale: 'de',
    data: alt === null ? {} : { alt },
    file: { data, mimetype, name, size: data.length },
  })

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

describe('uploading images', () => {
  test('should make AVIF, WebP and PNG fallback sizes of a real PNG, with dimensions', async () => {
    const started = performance.now()
    const image = await upload(await photo(), 'Farbverlauf Test.png', 'image/png')
    const seconds = (performance.now() - started) / 1000
    expect(image).toMatchObject({ width: 1600, height: 900, mimeType: 'image/png' })
    const sizes = image.sizes as Record<string, { filename: string; width: number; height: number; mimeType: string }>
    for (const width of [400, 800, 1200]) {
      expect(sizes[`w${width}avif`]).toMatchObject({
        width,
        height: Math.round((width * 900) / 1600),
        mimeType: 'image/avif',
      })
      expect(sizes[`w${width}webp`]).toMatchObject({ width, mimeType: 'image/webp' })
      expect(sizes[`w${width}`]).toMatchObject({ width, mimeType: 'image/png' })
      // The files are there and decode to what the record says.
      const file = path.join(dataDir, 'uploads/media', sizes[`w${width}avif`]!.filename)
      expect(await sharp(file).metadata()).toMatchObject({ width, format: 'heif' })
    }
    console.info(`media: 1600×900 PNG → 9 sizes in ${seconds.toFixed(2)} s`)
  })

  test('should turn a WebP original into a JPEG fallback', async () => {
    const image = await upload(await photo(800, 600, 'webp'), 'foto.webp', 'image/webp')
    expect(image.mimeType).toBe('image/jpeg')
    expect(image.filename).toMatch(/\.jpg$/)
    expect((image.sizes as Record<string, { mimeType: string }>).w400?.mimeType).toBe('image/jpeg')
  })

  test('should refuse SVG, even under a PNG name, with a German message and store nothing', async () => {
    const before = await mediaCount()
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    )
    for (const [name, type] of [
      ['logo.svg', 'image/svg+xml'],
      ['logo.png', 'image/png'],
    ] as const) {
      const reasons = await rejectionMessages(upload(svg, name, type))
      expect(reasons.join(' ')).toMatch(/SVG-Dateien sind nicht erlaubt/)
    }
    expect(await mediaCount()).toBe(before)
  })

  test('should refuse a file over 10 MB with a German message', async () => {
    const big = Buffer.concat([await photo(200, 200), Buffer.alloc(11 * 1024 * 1024)])
    const reasons = await rejectionMessages(upload(big, 'riesig.png', 'image/png'))
    expect(reasons.join(' ')).toMatch(/ist 11,\d MB groß\. Erlaubt sind höchstens 10 MB/)
  })

  test('should refuse a corrupted image with a German message', async () => {
    const good = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer()
    const truncated = good.subarray(0, Math.floor(good.length / 2))
    const reasons = await rejectionMessages(upload(truncated, 'kaputt.jpg', 'image/jpeg'))
    expect(reasons.join(' ')).toMatch(/beschädigt oder unvollständig/)
    const garbage = await rejectionMessages(upload(Buffer.from('GIF89a not really'), 'bild.gif', 'image/gif'))
    expect(garbage.join(' ')).toMatch(/keine Bilddatei|kein erlaubtes Bildformat/)
  })

  test('should let a translator add alt text in their language but not replace the picture', async () => {
    const image = await upload(await photo(400, 300), 'uebersetzung.png', 'image/png')
    const translator = await payload.create({
      collection: 'users',
      data: {
        email: 'translator-tr@example.org',
        password: 'translator-password-1',
        roles: ['translator'],
        translationLocales: ['tr'],
      } as never,
    })
    const user = { ...translator, collection: 'users' as const }
    await payload.update({
      collection: 'media',
      id: image.id,
      locale: 'tr',
      data: { alt: 'Bir renk geçişi' },
      overrideAccess: false,
      user,
    })
    expect((await payload.findByID({ collection: 'media', id: image.id, locale: 'tr' })).alt).toBe('Bir renk geçişi')
    const other = await photo(400, 300)
    const reasons = await rejectionMessages(
      payload.update({
        collection: 'media',
        id: image.id,
        locale: 'tr',
        data: {},
        file: { data: other, mimetype: 'image/png', name: 'anders.png', size: other.length },
        overrideAccess: false,
        user,
      }),
    )
    expect(reasons.join(' ')).toMatch(/Das Bild selbst kann nur die Redaktion austauschen/)
  })
})

describe('publishing a page with an image', () => {
  const body = { title: 'Seite mit Bild' }

  test('should save a draft without German alt text, refuse to publish it, and publish once the alt text exists', async () => {
    // Uploading without alt text is allowed (bulk upload); using the image on a published page is not.
    const image = await upload(await photo(500, 300), 'rathaus.png', 'image/png', null)

    const draft = await payload.create({
      collection: 'pages',
      locale: 'de',
      draft: true,
      data: { ...body, image: image.id, _status: 'draft' },
    })
    expect(draft._status).toBe('draft')

    const reasons = await rejectionMessages(
      payload.update({ collection: 'pages', id: draft.id, locale: 'de', data: { ...body, _status: 'published' } }),
    )
    expect(reasons.join(' ')).toMatch(
      /Veröffentlichen nicht möglich: Dem Bild „rathaus\.png“ fehlt der Alternativtext für Deutsch/,
    )
    expect((await payload.findByID({ collection: 'pages', id: draft.id, draft: false })).slug).toBeTruthy()
    expect(
      (
        await payload.find({
          collection: 'pages',
          where: { and: [{ id: { equals: draft.id } }, { _status: { equals: 'published' } }] },
        })
      ).totalDocs,
    ).toBe(0)

    await payload.update({
      collection: 'media',
      id: image.id,
      locale: 'de',
      data: { alt: 'Das Neue Rathaus in Hannover' },
    })
    const published = await payload.update({
      collection: 'pages',
      id: draft.id,
      locale: 'de',
      data: { ...body, _status: 'published' },
    })
    expect(published._status).toBe('published')
  })

  test('should require alt text in every language marked ready, and export sizes and alt', async () => {
    const image = await upload(await photo(), 'maschsee.png', 'image/png', 'Der Maschsee im Sommer')
    const page = await payload.create({
      collection: 'pages',
      locale: 'de',
      data: { title: 'Der See', image: image.id, _status: 'published' },
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'tr',
      draft: true,
      data: { title: 'Göl', _status: 'draft' },
    })
    const reasons = await rejectionMessages(
      payload.update({
        collection: 'pages',
        id: page.id,
        locale: 'tr',
        data: { title: 'Göl', translationState: 'ready', _status: 'published' },
      }),
    )
    expect(reasons.join(' ')).toMatch(/fehlt der Alternativtext für Türkçe \(Turkish\)/)

    await payload.update({ collection: 'media', id: image.id, locale: 'tr', data: { alt: 'Yazın Maschsee' } })
    await payload.update({ collection: 'media', id: image.id, locale: 'ar', data: { alt: 'بحيرة ماش' } })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'tr',
      data: { title: 'Göl', translationState: 'ready', _status: 'published' },
    })

    const news = await payload.create({
      collection: 'news',
      locale: 'de',
      data: { title: 'Meldung mit Bild', date: '2025-05-01', image: image.id, _status: 'published' },
    })

    const { buildSnapshotWithFiles } = await import('@wir/cms/export')
    const { writeSnapshot } = await import('@wir/cms/write-snapshot')
    const { snapshot, files } = await buildSnapshotWithFiles(payload)
    const exported = snapshot.pages.find((doc) => doc.id === String(page.id))!.image!
    // Arabic alt exists, but the page is not published in Arabic: its readers get the German alt, marked.
    expect(exported.alt).toEqual({ de: 'Der Maschsee im Sommer', tr: 'Yazın Maschsee' })
    expect(exported).toMatchObject({ id: String(image.id), width: 1600, height: 900 })
    expect(exported.files.map((file) => `${file.mimeType} ${file.width}x${file.height}`).sort()).toEqual(
      ['avif', 'png', 'webp']
        .flatMap((type) =>
          [400, 800, 1200].map((width) => `image/${type} ${width}x${Math.round((width * 900) / 1600)}`),
        )
        .sort(),
    )
    expect(exported.files.every((file) => /^maschsee-\d+-\d+\.(avif|webp|png)$/.test(file.file))).toBe(true)
    expect(snapshot.news.find((doc) => doc.id === String(news.id))!.image!.alt).toEqual({
      de: 'Der Maschsee im Sommer',
    })

    const out = path.join(dataDir, 'out/snapshot.json')
    await writeSnapshot(snapshot, out, files)
    for (const file of exported.files) {
      const copied = path.join(dataDir, 'out/media', file.file)
      expect(existsSync(copied)).toBe(true)
      expect(readFileSync(copied).length).toBe(file.bytes)
    }
    const smallest = exported.files.filter((file) => file.width === 400)
    console.info(
      `media: 400 px sizes ${smallest.map((file) => `${file.mimeType.slice(6)} ${(file.bytes / 1024).toFixed(1)} KB`).join(', ')}`,
    )
  })

  test('should export no image for a draft-only page and no files for unused images', async () => {
    const image = await upload(await photo(450, 300), 'entwurf.png', 'image/png')
    await payload.create({
      collection: 'pages',
      locale: 'de',
      draft: true,
      data: { title: 'Nur Entwurf', image: image.id, _status: 'draft' },
    })
    const { buildSnapshotWithFiles } = await import('@wir/cms/export')
    const { files } = await buildSnapshotWithFiles(payload)
    expect(files.media!.some((copy) => copy.file.startsWith('entwurf-'))).toBe(false)
  })
})
