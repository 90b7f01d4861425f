/**
 * The built CMS server (cms/.next, `next start`) over real HTTP with a real login cookie: a
 * changing request from another origin (an attacker's page, `null`, even the public site) is
 * refused although it carries the editor's cookie; admin responses cannot be framed or sniffed;
 * odd requests get a 4xx.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { repoRoot } from '../scripts/e2e-environment'

let payload: Payload
let cleanup: () => Promise<void>
let server: ChildProcess | undefined
let serverLog = ''
let cmsUrl: string
const siteUrl = 'http://127.0.0.1:4999'
let cookie: string
let termId: number | string

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

const credentials = { email: 'redaktion@example.org', password: 'redaktion-password-1' }

beforeAll(async () => {
  process.env.WIR_RUN_JOBS = '0'
  ;({ payload, cleanup } = await bootPayload())
  await payload.create({ collection: 'users', data: { ...credentials, roles: ['admin'] } as never })
  const term = await payload.create({
    collection: 'glossary',
    locale: 'de',
    data: { term: 'Aufenthaltstitel', explanation: 'Erlaubnis zum Aufenthalt.', _status: 'published' } as never,
  })
  termId = term.id

  const port = await freePort()
  cmsUrl = `http://127.0.0.1:${port}`
  const cmsDir = path.join(repoRoot, 'cms')
  server = spawn(
    process.execPath,
    [path.join(cmsDir, 'node_modules/next/dist/bin/next'), 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: cmsDir,
      env: { ...process.env, CMS_URL: cmsUrl, SITE_URL: siteUrl, WIR_RUN_JOBS: '0', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  server.stdout!.on('data', (chunk) => (serverLog += chunk))
  server.stderr!.on('data', (chunk) => (serverLog += chunk))
  const deadline = Date.now() + 120_000
  for (;;) {
    const up = await fetch(`${cmsUrl}/api/users/me`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`CMS did not start:\n${serverLog}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: cmsUrl },
    body: JSON.stringify(credentials),
  })
  expect(login.status).toBe(200)
  cookie = login.headers
    .getSetCookie()
    .find((line) => line.startsWith('payload-token='))!
    .split(';')[0]!
})

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await cleanup?.()
})

/** A PATCH of the glossary term's explanation with the editor's cookie and the given headers. */
const patchWithCookie = (headers: Record<string, string>, explanation: string) =>
  fetch(`${cmsUrl}/api/glossary/${termId}?locale=de`, {
    method: 'PATCH',
    headers: { cookie, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ explanation }),
  })

const storedExplanation = async () =>
  (await payload.findByID({ collection: 'glossary', id: termId, locale: 'de', depth: 0 })).explanation

describe('cross-site requests with the editor cookie', () => {
  test('should refuse a PATCH from another origin, from "null" and from the public site, and change nothing', async () => {
    const attempts: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: siteUrl },
      { origin: cmsUrl.replace('127.0.0.1', 'localhost') },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]
    for (const headers of attempts) {
      const response = await patchWithCookie(headers, 'Von einer fremden Seite geändert')
      expect(response.status, JSON.stringify(headers)).toBe(403)
      expect((await response.json()).errors[0].message).toMatch(/von einer anderen Website/)
    }
    expect(await storedExplanation()).toBe('Erlaubnis zum Aufenthalt.')
    console.info(`cms server: ${attempts.length} cross-site PATCH attempts, all refused`)
  })

  test('should accept the same PATCH from the admin itself', async () => {
    const response = await patchWithCookie({ origin: cmsUrl, 'sec-fetch-site': 'same-origin' }, 'Aus der Redaktion.')
    expect(response.status).toBe(200)
    expect(await storedExplanation()).toBe('Aus der Redaktion.')
  })

  test('should refuse a cross-origin multipart form post and create nothing', async () => {
    const before = (await payload.count({ collection: 'glossary' })).totalDocs
    const form = new FormData()
    form.append('_payload', JSON.stringify({ term: 'Untergeschoben', explanation: 'Von fremder Seite.' }))
    const response = await fetch(`${cmsUrl}/api/glossary`, {
      method: 'POST',
      headers: { cookie, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
      body: form,
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'glossary' })).totalDocs).toBe(before)
  })

  test("should not hand the cookie's rights to another origin even where the proxy lets a request through", async () => {
    // Payload's own csrf list (from CMS_URL): a read with the cookie from another origin is anonymous.
    const me = await fetch(`${cmsUrl}/api/users/me`, { headers: { cookie, origin: 'http://evil.example' } })
    expect((await me.json()).user).toBeNull()
    const own = await fetch(`${cmsUrl}/api/users/me`, { headers: { cookie, origin: cmsUrl } })
    expect((await own.json()).user?.email).toBe(credentials.email)
  })
})

describe('admin responses', () => {
  test('should forbid framing and content sniffing', async () => {
    for (const url of ['/admin/login', '/admin', '/api/users/me']) {
      const response = await fetch(`${cmsUrl}${url}`, { redirect: 'manual' })
      expect(response.headers.get('x-frame-options'), url).toBe('DENY')
      expect(response.headers.get('content-security-policy'), url).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff')
    }
  })
})

describe('odd requests over HTTP', () => {
  test('should answer with 400 or 404, never 5xx', async () => {
    const expected: Record<string, number> = {
      '/api/measures/not-a-number': 404,
      '/api/measures?where[id][in]=1,2,abc': 400,
      '/api/measures/distinct?field=title': 404,
    }
    for (const [url, status] of Object.entries(expected)) {
      expect((await fetch(`${cmsUrl}${url}`)).status, url).toBe(status)
    }
  })
})
