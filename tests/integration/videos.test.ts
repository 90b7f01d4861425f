import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { makeCaptions, makeVideo } from '../helpers/makeVideo'
import { rejectionMessages } from '../helpers/rejectionMessages'

let payload: Payload
let cleanup: () => Promise<void>
const outDir = mkdtempSync(path.join(os.tmpdir(), 'wir-video-export-'))

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] } as never,
  })
})
afterAll(async () => {
  await cleanup?.()
  rmSync(outDir, { recursive: true, force: true })
})

const uploadVideo = (data: Buffer, name: string, mimetype: string) =>
  payload.create({
    collection: 'videos',
    locale: 'de',
    data: { title: 'Was steht auf dieser Website?' },
    file: { data, mimetype, name, size: data.length },
  })
const uploadCaptions = (data: Buffer, name: string, mimetype = 'text/vtt') =>
  payload.create({ collection: 'video-captions', data: {}, file: { data, mimetype, name, size: data.length } })
const videoCount = async () => (await payload.count({ collection: 'videos' })).totalDocs

describe('sign-language videos', () => {
  test('should store an MP4 and a WebM made by ffmpeg with their playing time read from the file', async () => {
    const mp4 = await uploadVideo(makeVideo('mp4', 3), 'erklaerung.mp4', 'video/mp4')
    expect(mp4).toMatchObject({ mimeType: 'video/mp4' })
    expect(mp4.durationSeconds).toBeCloseTo(3, 0)
    // The declared type does not matter; the bytes do.
    const webm = await uploadVideo(makeVideo('webm', 2), 'erklaerung.webm', 'application/octet-stream')
    expect(webm).toMatchObject({ mimeType: 'video/webm' })
    expect(webm.durationSeconds).toBeCloseTo(2, 0)
  })

  test('should refuse what is no MP4 or WebM by its content, in German, storing nothing', async () => {
    const before = await videoCount()
    const renamed = await rejectionMessages(uploadVideo(Buffer.from('Das ist kein Video.'), 'film.mp4', 'video/mp4'))
    expect(renamed.join(' ')).toMatch(/„film\.mp4“ ist kein MP4- oder WebM-Video/)
    const quickTime = await rejectionMessages(uploadVideo(makeVideo('mov', 1), 'film.mov', 'video/mp4'))
    expect(quickTime.join(' ')).toMatch(/kein MP4- oder WebM-Video/)
    const truncated = makeVideo('mp4', 2).subarray(0, 200)
    const broken = await rejectionMessages(uploadVideo(Buffer.from(truncated), 'kaputt.mp4', 'video/mp4'))
    expect(broken.join(' ')).toMatch(/Dauer des Videos „kaputt\.mp4“ lässt sich nicht lesen/)
    expect(await videoCount()).toBe(before)
  })

  test('should refuse a video over the size limit with the limit in German', async () => {
    const { maxVideoBytes } = await import('../../cms/src/collections/Videos/videoUploadRules')
    const big = Buffer.concat([makeVideo('mp4', 1), Buffer.alloc(maxVideoBytes)])
    const reasons = await rejectionMessages(uploadVideo(big, 'lang.mp4', 'video/mp4'))
    expect(reasons.join(' ')).toMatch(/höchstens 45 MB/)
  })

  test('should take WebVTT captions by their content and refuse SubRip', async () => {
    const vtt = await uploadCaptions(makeCaptions('Hallo'), 'de.vtt', 'application/octet-stream')
    expect(vtt.mimeType).toBe('text/vtt')
    const srt = Buffer.from('1\n00:00:00,000 --> 00:00:01,000\nHallo\n')
    const reasons = await rejectionMessages(uploadCaptions(srt, 'de.srt', 'text/vtt'))
    expect(reasons.join(' ')).toMatch(/keine WebVTT-Untertiteldatei/)
  })

  test('should export the video of an explanation with poster, captions per locale and transcript', async () => {
    const poster = await payload.create({
      collection: 'media',
      locale: 'de',
      data: { alt: 'Eine Person erklärt in Gebärdensprache' },
      file: await (async () => {
        const data = await sharp({ create: { width: 320, height: 180, channels: 3, background: '#336' } })
          .jpeg()
          .toBuffer()
        return { data, mimetype: 'image/jpeg', name: 'poster.jpg', size: data.length }
      })(),
    })
    const german = await uploadCaptions(makeCaptions('Willkommen'), 'de.vtt')
    const arabic = await uploadCaptions(makeCaptions('أهلا'), 'ar.vtt')
    const video = await uploadVideo(makeVideo('webm', 2), 'inhalt.webm', 'video/webm')
    await payload.update({
      collection: 'videos',
      id: video.id,
      locale: 'de',
      data: { poster: poster.id, captions: german.id, transcript: 'Hallo. Hier erklären wir die Website.' },
    })
    await payload.update({ collection: 'videos', id: video.id, locale: 'ar', data: { captions: arabic.id } })
    await payload.updateGlobal({
      slug: 'start-explanations',
      locale: 'de-x-ls',
      data: { content: { title: 'Was steht hier?', text: 'Hier steht der Plan.', video: video.id } },
      context: { skipSiteBuild: true },
    })

    const { buildSnapshotWithFiles } = await import('@wir/cms/export')
    const { writeSnapshot } = await import('../../cms/src/export/writeSnapshot')
    const { snapshot, files } = await buildSnapshotWithFiles(payload)
    const exported = snapshot.explanations.find((explanation) => explanation.key === 'content')!.video!
    expect(exported).toMatchObject({
      file: `video-${video.id}.webm`,
      mimeType: 'video/webm',
      poster: { file: `poster-${video.id}.jpg`, width: 320, height: 180 },
      transcript: { de: 'Hallo. Hier erklären wir die Website.' },
    })
    expect(exported.durationSeconds).toBeCloseTo(2, 0)
    expect(exported.captions.map((caption) => caption.locale).sort()).toEqual(['ar', 'de'])

    const snapshotFile = path.join(outDir, 'snapshot.json')
    await writeSnapshot(snapshot, snapshotFile, files)
    const videos = path.join(outDir, 'videos')
    expect(readFileSync(path.join(videos, exported.file)).subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))
    expect(readFileSync(path.join(videos, `captions-${video.id}-ar.vtt`), 'utf8')).toContain('أهلا')
    expect(existsSync(path.join(videos, `poster-${video.id}.jpg`))).toBe(true)
  })
})
