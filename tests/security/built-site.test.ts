/**
 * The real publishing pipeline (export → Astro build with pagefind → checks → live) over content
 * full of script payloads and unreviewed drafts, then the built release: drafts must appear in
 * no page, sitemap or search index, and no payload may run when the pages open in Chromium —
 * served without the Content-Security-Policy, so escaping alone has to hold.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { chromium, type Browser } from '@playwright/test'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { bootPayload } from '../helpers/bootPayload'
import { lexicalText } from './helpers/sampleDocuments'
import { xssPayloads, xssUrls } from './helpers/xssCorpus'

const { payload, cleanup, dataDir } = await bootPayload()
payload.logger.level = 'warn'
const siteRoot = mkdtempSync(path.join(os.tmpdir(), 'wir-sec-site-'))
process.env.WIR_OG_CACHE_DIR = path.join(siteRoot, 'og-cache')
let live: string
let server: Server
let base: string
let browser: Browser
const counts: Record<string, number> = {}
const refusedOnSave: string[] = []

const markers = {
  pendingGermanDraft: 'ENTWURF-NICHT-FREIGEGEBEN-A',
  neverPublished: 'ENTWURF-NIE-VEROEFFENTLICHT-C',
  draftUnderTranslation: 'ENTWURF-WAEHREND-UEBERSETZUNG-B',
}

/** A Lexical paragraph with the payload as text and as a link target, as the REST API accepts it. */
function bodyWith(text: string, url: string) {
  const body = lexicalText(text) as { root: { children: { children: unknown[] }[] } }
  body.root.children[0]!.children.push({
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url, newTab: false },
    children: [{ type: 'text', version: 1, text: `Link ${text}`, detail: 0, format: 0, mode: 'normal', style: '' }],
  })
  return body
}

/** Saves what an attacker with an editor's account would; a refusal is fine and counted. */
async function attempt(label: string, save: () => Promise<unknown>) {
  try {
    return await save()
  } catch (error) {
    refusedOnSave.push(`${label}: ${(error as Error).message.slice(0, 100)}`)
    return undefined
  }
}

async function writeAttackContent() {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#468' } })
    .png()
    .toBuffer()
  for (const payloadEntry of xssPayloads) {
    const { id, text } = payloadEntry
    const image =
      id <= 8
        ? await attempt(`alt ${id}`, () =>
            payload.create({
              collection: 'media',
              locale: 'de',
              data: { alt: text },
              file: { data: png, mimetype: 'image/png', name: `xss-${id}.png`, size: png.length },
            }),
          )
        : undefined
    await attempt(`page ${id}`, () =>
      payload.create({
        collection: 'pages',
        locale: 'de',
        data: {
          title: text,
          subtitle: text,
          // A few slugs are the raw payload: whatever the CMS makes of them must stay inert.
          slug: id % 10 === 0 ? text : `xss-seite-${id}`,
          body: lexicalText(text),
          facts: [{ label: text, value: text }],
          ...(image ? { image: (image as { id: number }).id } : {}),
          _status: 'published',
        } as never,
      }),
    )
    await attempt(`glossary ${id}`, () =>
      payload.create({
        collection: 'glossary',
        locale: 'de',
        data: { key: `xss-${id}`, term: text, explanation: text, _status: 'published' } as never,
      }),
    )
  }
  // Links in rich text are references to documents; a typed URL is refused or must stay inert.
  for (const { id, text } of xssUrls)
    await attempt(`rich-text link ${id}`, () =>
      payload.create({
        collection: 'pages',
        locale: 'de',
        data: {
          title: `xss-link-${id}`,
          slug: `xss-link-${id}`,
          body: bodyWith(`xss-link-${id}`, text),
          _status: 'published',
        } as never,
      }),
    )
  await attempt('form', () =>
    payload.create({
      collection: 'forms',
      locale: 'de',
      data: {
        germanTitle: xssPayloads[5]!.text,
        title: xssPayloads[6]!.text,
        edition: xssPayloads[7]!.text,
        isExample: true,
        sections: [
          {
            number: 'A',
            germanHeading: xssPayloads[8]!.text,
            heading: xssPayloads[9]!.text,
            fields: xssPayloads.map(({ id, text }) => ({
              number: String(id),
              germanLabel: text,
              explanation: text,
              example: text,
            })),
          },
        ],
        bring: xssPayloads.slice(0, 5).map(({ text }) => ({ item: text })),
        _status: 'published',
      } as never,
    }),
  )
  for (const { id, text } of xssUrls)
    await attempt(`redirect ${id}`, () =>
      payload.create({
        collection: 'redirects',
        data: { from: `/de/alt-${id}/`, to: { type: 'custom', url: text } } as never,
      }),
    )
  counts['XSS payloads'] = xssPayloads.length
  counts['XSS URL payloads'] = xssUrls.length
}

async function writeDrafts() {
  const page = (title: string, slug: string, status: 'draft' | 'published') =>
    payload.create({
      collection: 'pages',
      locale: 'de',
      draft: status === 'draft',
      data: { title, slug, body: lexicalText(`${title} Text`), _status: status } as never,
    })
  const pending = await page('Veröffentlichte Seite A', 'entwurf-a', 'published')
  await payload.update({
    collection: 'pages',
    id: pending.id,
    locale: 'de',
    draft: true,
    data: {
      title: markers.pendingGermanDraft,
      body: lexicalText(markers.pendingGermanDraft),
      _status: 'draft',
    } as never,
  })
  await page(markers.neverPublished, 'entwurf-c', 'draft')

  // Issue 9, item 1: an editor's German draft waits for review while a translator publishes uk.
  const translated = await page('Veröffentlichte Seite B', 'entwurf-b', 'published')
  await payload.update({
    collection: 'pages',
    id: translated.id,
    locale: 'de',
    draft: true,
    data: {
      title: markers.draftUnderTranslation,
      body: lexicalText(markers.draftUnderTranslation),
      _status: 'draft',
    } as never,
  })
  const translator = await payload.create({
    collection: 'users',
    data: { email: 'uk@example.org', password: 'Uebersetzung-1', roles: ['translator'], translationLocales: ['uk'] },
  })
  await payload.update({
    collection: 'pages',
    id: translated.id,
    locale: 'uk',
    data: { title: 'Опублікована сторінка Б', _status: 'published' } as never,
    user: { ...translator, collection: 'users' },
    overrideAccess: false,
  })
}

/** What a browser would run: whitespace and control characters inside the scheme are ignored. */
const isScriptUrl = (url: string) =>
  // eslint-disable-next-line no-control-regex -- the corpus is about control characters
  /^(javascript|vbscript):|^data:text\/html/.test(url.replace(/[\u0000-\u0020]/g, '').toLowerCase())

/** Every file of the release as text; pagefind's index files are gzip. */
function releaseTexts(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !/\.(png|jpe?g|webp|avif|woff2?|wasm|pdf)$/.test(file))
    .map((file) => {
      let bytes = readFileSync(file)
      if (/\.pf_(fragment|index|meta|filter)$/.test(file)) bytes = gunzipSync(bytes)
      return { file: path.relative(dir, file), text: bytes.toString('utf8') }
    })
}

/** The release without the site server's CSP: if escaping failed, the payload would run. */
function serveWithoutCsp(root: string) {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://site.invalid')
    // The trap's own check: a page where a payload does run.
    if (url.pathname === '/__falle.html')
      return response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<script>__xss(0)</script><img src=x onerror="alert(0)">')
    let file = path.join(root, decodeURIComponent(url.pathname))
    if (!file.startsWith(root)) return response.writeHead(400).end()
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!existsSync(file)) return response.writeHead(404).end()
    const type = file.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : file.endsWith('.svg')
            ? 'image/svg+xml'
            : 'application/octet-stream'
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file))
  })
}

beforeAll(async () => {
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'Admin-Passwort-1', roles: ['admin'] },
  })
  await writeAttackContent()
  await writeDrafts()
  const { runSiteBuild } = await import('../../cms/src/publishing/runSiteBuild')
  const result = await runSiteBuild(payload, { siteRoot, reason: 'Angriffstest' })
  if (result.status !== 'succeeded') throw new Error(`site build failed: ${result.error}`)
  live = path.join(siteRoot, 'live')
  server = serveWithoutCsp(realpathSync(live))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
}, 900_000)

afterAll(async () => {
  console.log(`Refused when saved:\n  ${refusedOnSave.join('\n  ')}`)
  console.log(
    `Built site attacks: ${Object.entries(counts)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}; refused when saved: ${refusedOnSave.length}`,
  )
  await browser?.close()
  server?.close()
  await cleanup()
  rmSync(siteRoot, { recursive: true, force: true })
  void dataDir
})

describe('drafts in the built site', () => {
  const leaks = (marker: string) =>
    releaseTexts(live)
      .filter((entry) => entry.text.includes(marker))
      .map((entry) => entry.file)

  test('should keep a pending German draft and a never-published page out of every page, sitemap and search index', () => {
    counts['draft marker searches'] = (counts['draft marker searches'] ?? 0) + 2
    expect(leaks(markers.pendingGermanDraft)).toEqual([])
    expect(leaks(markers.neverPublished)).toEqual([])
    // The published version is there: the search would find a leak if there were one.
    expect(
      releaseTexts(live).some((entry) => entry.file.startsWith('pagefind') && entry.text.includes('Seite A')),
    ).toBe(true)
  })

  test('should keep an editor’s German draft private when a translator publishes the Ukrainian version', () => {
    counts['draft marker searches'] = (counts['draft marker searches'] ?? 0) + 1
    expect(leaks(markers.draftUnderTranslation)).toEqual([])
  })
})

/**
 * Opens every built page (German and Arabic: the templates are shared by all languages) that
 * carries a payload or a script URL, and searches for payloads; records what ran and every
 * script URL in the parsed DOM (links, sources, form targets, refreshes).
 */
async function openInChromium() {
  const pages = releaseTexts(live)
    .filter((entry) => entry.file.endsWith('.html') && /xss|javascript:|vbscript:|data:text/i.test(entry.text))
    .map((entry) => `/${entry.file.replace(/index\.html$/, '')}`)
    .filter((page) => /^\/(de|ar|F)\//.test(page) || !/^\/[a-z]{2,3}(-[a-z]+)?\//.test(page))
  const searches = xssPayloads.slice(0, 10).map(({ text }) => `/de/suche/?q=${encodeURIComponent(text)}`)
  counts['built pages opened'] = pages.length
  counts['search queries'] = searches.length
  const context = await browser.newContext()
  const ran: string[] = []
  const scriptUrls: string[] = []
  let current = ''
  // Reported to Node at once, so a payload that runs and then navigates away is still counted.
  await context.exposeFunction('__xssReport', (hit: string) => ran.push(`${current}: payload ${hit}`))
  await context.addInitScript(() => {
    const report = (window as unknown as { __xssReport: (hit: string) => void }).__xssReport
    ;(window as unknown as { __xss: (n: number) => void }).__xss = (n) => report(String(n))
  })
  const page = await context.newPage()
  page.on('dialog', (dialog) => {
    ran.push(`${current}: dialog ${dialog.message()}`)
    void dialog.dismiss()
  })
  for (const address of ['/__falle.html', ...pages, ...searches]) {
    current = address
    await page.goto(`${base}${address}`, { waitUntil: 'load' }).catch(() => undefined)
    // Search results render after the query; autofocus and animation handlers fire after load.
    await page.waitForTimeout(address.includes('/suche/') ? 500 : 30)
    const urls = await page
      .evaluate(() => [
        ...[...document.querySelectorAll('[href],[src],[action],[formaction],object[data]')].flatMap((element) =>
          ['href', 'src', 'action', 'formaction', 'data'].map((name) => element.getAttribute(name) ?? ''),
        ),
        ...[...document.querySelectorAll('meta[http-equiv="refresh" i]')].map((meta) =>
          (meta.getAttribute('content') ?? '').replace(/^[^;]*;\s*url\s*=\s*/i, ''),
        ),
      ])
      .catch(() => [] as string[])
    scriptUrls.push(...urls.filter(isScriptUrl).map((url) => `${address}: ${url.slice(0, 80)}`))
  }
  await context.close()
  const trapped = ran.filter((hit) => hit.startsWith('/__falle.html'))
  return { pages, trapped, ran: ran.filter((hit) => !trapped.includes(hit)), scriptUrls: [...new Set(scriptUrls)] }
}

describe('script payloads in the built site', () => {
  let opened: ReturnType<typeof openInChromium>
  beforeAll(() => {
    opened = openInChromium()
  })

  test('should run none of them in Chromium, on any page that shows one', async () => {
    const { pages, ran, trapped } = await opened
    // The script and the dialog of the trap's own page were both caught: the trap works.
    expect(trapped).toHaveLength(2)
    expect(pages.length).toBeGreaterThan(50)
    expect(ran).toEqual([])
  })

  test('should never put a script URL into a link, a redirect page or a refresh', async () => {
    expect((await opened).scriptUrls).toEqual([])
  })
})
