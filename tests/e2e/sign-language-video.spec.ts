import sharp from 'sharp'
import { expect, test, type APIRequestContext } from '@playwright/test'

import { makeCaptions, makeVideo } from '../helpers/makeVideo'
import { e2e, e2eEnv } from '../scripts/e2e-environment'
import { expectNoSeriousA11yViolations } from './helpers/axe'

const env = e2eEnv()
const cmsUrl = env.CMS_URL!

/** The editor's API token (the production admin's session cookie is Secure; see forms.spec.ts). */
async function editorToken(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.post(`${cmsUrl}/api/users/login`, {
    data: { email: e2e.admin.email, password: e2e.admin.password },
  })
  expect(response.ok()).toBe(true)
  return { Authorization: `JWT ${(await response.json()).token}` }
}

async function upload(
  request: APIRequestContext,
  headers: Record<string, string>,
  collection: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  data: Record<string, unknown> = {},
): Promise<{ id: number; status: number; body: { errors?: { message: string }[]; doc?: { id: number } } }> {
  const response = await request.post(`${cmsUrl}/api/${collection}?locale=de`, {
    headers,
    multipart: { file, _payload: JSON.stringify(data) },
  })
  const body = await response.json()
  return { id: body.doc?.id, status: response.status(), body }
}

test.describe('a sign-language video', () => {
  test('should be refused when it is no video, whatever its name says, storing nothing', async ({ request }) => {
    const headers = await editorToken(request)
    const count = async () => (await (await request.get(`${cmsUrl}/api/videos?limit=0`, { headers })).json()).totalDocs
    const before = await count()
    const fake = await upload(
      request,
      headers,
      'videos',
      { name: 'erklaerung.mp4', mimeType: 'video/mp4', buffer: Buffer.from('Das ist kein Video.') },
      { title: 'Falsche Datei' },
    )
    // The German reason is checked in tests/integration/videos.test.ts: under `next start` the
    // REST response carries only Payload's generic "field is invalid" without the field details.
    expect(fake.status).toBe(400)
    expect(await count()).toBe(before)
  })

  test('uploaded with captions and published should play only when asked, with captions in the reader’s language', async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000)
    const headers = await editorToken(request)
    const posterImage = await sharp({ create: { width: 320, height: 180, channels: 3, background: '#234' } })
      .jpeg()
      .toBuffer()
    const poster = await upload(
      request,
      headers,
      'media',
      { name: 'dgs-poster.jpg', mimeType: 'image/jpeg', buffer: posterImage },
      { alt: 'Eine Person erklärt die Website in Gebärdensprache' },
    )
    const german = await upload(request, headers, 'video-captions', {
      name: 'inhalt-de.vtt',
      mimeType: 'text/vtt',
      buffer: makeCaptions('Willkommen auf der Website.'),
    })
    const arabic = await upload(request, headers, 'video-captions', {
      name: 'inhalt-ar.vtt',
      mimeType: 'text/vtt',
      buffer: makeCaptions('مرحبا بكم في الموقع.'),
    })
    const video = await upload(
      request,
      headers,
      'videos',
      { name: 'inhalt.webm', mimeType: 'video/webm', buffer: makeVideo('webm', 3) },
      { title: 'Was steht auf dieser Website?', poster: poster.id, captions: german.id, transcript: 'Willkommen.' },
    )
    expect(video.status, JSON.stringify(video.body)).toBe(201)
    const arabicCaptions = await request.patch(`${cmsUrl}/api/videos/${video.id}?locale=ar`, {
      headers,
      data: { captions: arabic.id },
    })
    expect(arabicCaptions.ok(), await arabicCaptions.text()).toBe(true)

    // The editor picks the video for the first explanation; saving publishes it.
    const current = await (
      await request.get(`${cmsUrl}/api/globals/start-explanations?locale=de-x-ls&depth=0`, { headers })
    ).json()
    const saved = await request.post(`${cmsUrl}/api/globals/start-explanations?locale=de-x-ls`, {
      headers,
      data: { content: { ...current.content, video: video.id } },
    })
    expect(saved.ok(), await saved.text()).toBe(true)
    await expect
      .poll(async () => (await (await page.request.get('/ar/gebaerdensprache/')).text()).includes('<video'), {
        timeout: 180_000,
        intervals: [2_000],
      })
      .toBe(true)

    const videoRequests: string[] = []
    page.on('request', (request) => {
      if (/\/video\/video-\d+\.webm$/.test(request.url())) videoRequests.push(request.url())
    })
    await page.goto('/ar/gebaerdensprache/')
    const player = page.getByRole('region', { name: 'ماذا يوجد في هذا الموقع؟' }).locator('video')
    await expect(player).toHaveAttribute('preload', 'none')
    await expect(player).toHaveAttribute('poster', /^\/video\/poster-\d+\.jpg$/)
    expect(await player.getAttribute('autoplay')).toBeNull()
    expect(await player.evaluate((element: HTMLVideoElement) => element.paused)).toBe(true)
    // The Arabic reader gets the Arabic captions by default; the German ones are offered too.
    await expect(player.locator('track[kind="captions"][srclang="ar"]')).toHaveAttribute('default', '')
    await expect(player.locator('track[kind="captions"][srclang="de"]')).toHaveAttribute('label', /.+/)
    expect(videoRequests).toEqual([])
    const download = page.getByRole('link', { name: /تنزيل الفيديو \(WebM، .+، المدة .+\)/ })
    await expect(download).toHaveAttribute('href', /^\/video\/video-\d+\.webm$/)
    const captions = await page.request.get((await player.locator('track[srclang="ar"]').getAttribute('src'))!)
    expect(captions.headers()['content-type']).toMatch(/^text\/vtt/)
    expect(await captions.text()).toContain('مرحبا بكم في الموقع.')
    await expectNoSeriousA11yViolations(page)

    // Only the reader starts it (here by keyboard: focus the player, Space).
    await player.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => videoRequests.length, { timeout: 10_000 }).toBeGreaterThan(0)
    // The other topics still say plainly that their video is being made.
    await expect(page.getByRole('region', { name: 'كيف أتنقل في الموقع؟' }).getByRole('note')).toBeVisible()
  })
})
