import { mkdirSync, mkdtempSync, rmSync, symlinkSync, renameSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createSiteServer } from '../../cms/scripts/serve/staticServer'
import { expectHarmless, pathAttacks } from '../helpers/pathAttacks'

let root: string
let base: string
let close: () => void

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** Raw HTTP, so that paths reach the server exactly as written (no client-side normalising). */
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // `path` as an option goes on the wire as written; a URL string would be normalised first.
    const { hostname, port } = new URL(base)
    const req = httpRequest({ hostname, port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

function release(name: string, title: string) {
  const dir = path.join(root, 'releases', name)
  mkdirSync(path.join(dir, 'de/massnahmen'), { recursive: true })
  mkdirSync(path.join(dir, '_astro'), { recursive: true })
  writeFileSync(path.join(dir, 'de/massnahmen/index.html'), '<h1>Maßnahmen</h1>')
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><title>${title}</title>${'<p>Wir sind Hannover</p>'.repeat(100)}`,
  )
  writeFileSync(path.join(dir, 'de/index.html'), `<h1>${title}</h1>`)
  writeFileSync(path.join(dir, '404.html'), '<h1>Seite nicht gefunden</h1>')
  mkdirSync(path.join(dir, 'F/K7M3X'), { recursive: true })
  writeFileSync(path.join(dir, 'F/K7M3X/index.html'), '<h1>Antrag</h1>')
  writeFileSync(path.join(dir, '_astro/site.Ab12Cd.css'), 'body{margin:0}'.repeat(100))
}

function point(name: string) {
  symlinkSync(path.join('releases', name), path.join(root, 'live.tmp'))
  renameSync(path.join(root, 'live.tmp'), path.join(root, 'live'))
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'wir-serve-'))
  const server = createSiteServer({ root: () => path.join(root, 'live') })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(() => {
  close?.()
  rmSync(root, { recursive: true, force: true })
})

describe('the site server', () => {
  test('should answer 503 with Retry-After before the first release exists', async () => {
    const reply = await get('/')
    expect(reply.status).toBe(503)
    expect(reply.headers['retry-after']).toBe('10')
  })

  test('should serve HTML to be revalidated and hashed assets as immutable, with security headers', async () => {
    release('r1', 'Erste Fassung')
    point('r1')
    const page = await get('/de/')
    expect(page.status).toBe(200)
    expect(page.body.toString()).toBe('<h1>Erste Fassung</h1>')
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/)
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-inline/)
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')

    const css = await get('/_astro/site.Ab12Cd.css')
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
  })

  test('should answer 304 to a matching ETag', async () => {
    const first = await get('/de/')
    const again = await get('/de/', { 'If-None-Match': String(first.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  test('should compress text with brotli or gzip as the client accepts', async () => {
    const plain = await get('/')
    const br = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    expect(br.body.length).toBeLessThan(plain.body.length / 5)
    const gzip = await get('/', { 'Accept-Encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true)
    expect((await get('/', { 'Accept-Encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip')
  })

  test('should redirect folders to their slash form and answer unknown paths with the 404 page', async () => {
    const folder = await get('/de?x=1')
    expect(folder.status).toBe(301)
    expect(folder.headers.location).toBe('/de/?x=1')
    const missing = await get('/de/gibt-es-nicht/')
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toContain('Seite nicht gefunden')
  })

  test('should lead a form address typed in lower case to the printed one, and only to forms that exist', async () => {
    for (const typed of ['/f/k7m3x', '/f/k7m3x/', '/F/k7m3x/']) {
      const reply = await get(typed)
      expect(reply.status, typed).toBe(301)
      expect(reply.headers.location).toBe('/F/K7M3X/')
    }
    expect((await get('/F/K7M3X/')).body.toString()).toBe('<h1>Antrag</h1>')
    expect((await get('/f/aaaaa/')).status).toBe(404)
  })

  test('should never serve files outside the live release', async () => {
    writeFileSync(path.join(root, 'secret.txt'), 'geheim')
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/de/%2e%2e/%2e%2e/secret.txt',
    ]) {
      const reply = await get(attempt)
      expect([400, 404]).toContain(reply.status)
      expect(reply.body.toString()).not.toContain('geheim')
    }
    expect((await get('/', {}, 'POST')).status).toBe(405)
  })

  test('should redirect only to paths on this site and never serve outside the release, whatever the path', async () => {
    writeFileSync(path.join(root, 'secret.txt'), 'geheim')
    for (const attempt of pathAttacks) {
      const reply = await get(attempt)
      const location = reply.headers.location as string | undefined
      expectHarmless(attempt, { status: reply.status, location, body: reply.body.toString() }, base)
    }
    // The cases from the attack run: a folder redirect to the clean path, not to the host "de".
    expect((await get('/.//de')).headers.location).toBe('/de/')
    expect((await get('/%2e//de/massnahmen?x=1')).headers.location).toBe('/de/massnahmen/?x=1')
    console.info(`site server: ${pathAttacks.length} traversal and open-redirect paths tried`)
  })

  test('should serve the new release from the next request on after a switch', async () => {
    release('r2', 'Zweite Fassung')
    point('r2')
    expect((await get('/de/')).body.toString()).toBe('<h1>Zweite Fassung</h1>')
  })
})
