/**
 * Refused uploads, as the admin and any REST client send them (multipart through Payload's REST
 * handling, what the Next route runs for /api/…): every refusal answers with the German reason
 * as its message, never Payload's generic "The following field is invalid: file", and leaves
 * nothing on disk.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { pngBomb } from '../helpers/pngBomb'

let payload: Payload
let cleanup: () => Promise<void>
let dataDir: string
let token: string

beforeAll(async () => {
  ;({ payload, cleanup, dataDir } = await bootPayload())
  const credentials = { email: 'redaktion@example.org', password: 'redaktion-password-1' }
  await payload.create({ collection: 'users', data: { ...credentials, roles: ['admin'] } as never })
  token = (await payload.login({ collection: 'users', data: credentials })).token!
})
afterAll(async () => cleanup?.())

/** POSTs one file as the admin does, signed in; the status and the JSON answer. */
async function postUpload(collection: string, data: Buffer, name: string, type: string) {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('@wir/cms/config')
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Ein Bild' }))
  // Serialised first: Payload stops reading an over-large body, and undici's FormData stream
  // would then fail (unhandled) on its next chunk, which no browser upload does.
  const multipart = new Response(form)
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api/${collection}`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'content-type': multipart.headers.get('content-type')! },
      body: await multipart.arrayBuffer(),
    }),
  })
  const body = (await response.json()) as { errors?: { message: string }[]; doc?: unknown }
  return { status: response.status, message: body.errors?.map((error) => error.message).join(' ') ?? '' }
}

/** Every file under the upload folders (none exist before the first stored upload). */
const storedFiles = () =>
  ['media', 'form-pdfs', 'form-page-images'].flatMap((folder) => {
    const dir = path.join(dataDir, 'uploads', folder)
    return existsSync(dir) ? readdirSync(dir) : []
  })

const svgWithScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
)
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\n%%EOF\n')
const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')

describe('refused media uploads', () => {
  test('should answer every refusal with the German reason as a 400 and store nothing', async () => {
    const before = storedFiles()
    const jpeg = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer()
    const cases: [Buffer, string, string, RegExp][] = [
      [svgWithScript, 'logo.svg', 'image/svg+xml', /SVG-Dateien sind nicht erlaubt/],
      [svgWithScript, 'logo.png', 'image/png', /SVG-Dateien sind nicht erlaubt/],
      [pdf, 'dokument.png', 'image/png', /„dokument\.png“ ist keine Bilddatei/],
      [html, 'seite.png', 'image/png', /„seite\.png“ ist keine Bilddatei/],
      [jpeg.subarray(0, jpeg.length / 2), 'kaputt.jpg', 'image/jpeg', /beschädigt oder unvollständig/],
      [pngBomb(20_000, 20_000), 'riesig.png', 'image/png', /20000 × 20000 Pixel \(400 Megapixel\).*höchstens 50/],
      [
        Buffer.concat([jpeg, Buffer.alloc(11 * 1024 * 1024)]),
        'gross.jpg',
        'image/jpeg',
        /ist 11(,\d)? MB groß\. Erlaubt sind höchstens 10 MB/,
      ],
    ]
    for (const [data, name, type, reason] of cases) {
      const answer = await postUpload('media', data, name, type)
      expect(answer.status, name).toBe(400)
      expect(answer.message, name).toMatch(reason)
      expect(answer.message).not.toMatch(/following field is invalid/)
    }
    expect(storedFiles()).toEqual(before)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(0)
  })

  test('should refuse a 100-megapixel PNG bomb from its header, before decoding it', async () => {
    const bomb = pngBomb(10_000, 10_000)
    const started = performance.now()
    const answer = await postUpload('media', bomb, 'bombe.png', 'image/png')
    const seconds = (performance.now() - started) / 1000
    expect(answer.status).toBe(400)
    expect(answer.message).toMatch(/10000 × 10000 Pixel \(100 Megapixel\)\. Erlaubt sind höchstens 50 Megapixel/)
    console.info(`uploads: a ${(bomb.length / 1024).toFixed(0)} KB 100 MP PNG refused in ${seconds.toFixed(2)} s`)
    expect(storedFiles()).toEqual([])
  })

  test('should refuse a PDF renamed to .png as a form page image, and an HTML file as a PDF, in German', async () => {
    const before = storedFiles()
    const asImage = await postUpload('form-page-images', pdf, 'seite-1.png', 'image/png')
    expect(asImage.status).toBe(400)
    expect(asImage.message).toMatch(/„seite-1\.png“ ist kein gültiges Bild/)
    const asPdf = await postUpload('form-pdfs', html, 'antrag.pdf', 'application/pdf')
    expect(asPdf.status).toBe(400)
    expect(asPdf.message).toMatch(/„antrag\.pdf“ ist kein gültiges PDF/)
    expect(storedFiles()).toEqual(before)
  })

  test('should answer a 60 MB file with a German size message, not an unknown error', async () => {
    const answer = await postUpload('media', Buffer.alloc(60 * 1024 * 1024), 'film.jpg', 'image/jpeg')
    expect(answer.status).toBe(413)
    expect(answer.message).toMatch(/Die Datei ist zu groß.*höchstens 50 MB/)
  })
})
