import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { rejectionMessages } from '../helpers/rejectionMessages'
import { repoRoot, testsDir } from '../scripts/e2e-environment'

/** Targets that run script on the site's origin or lead to another host in disguise. */
const dangerousTargets = [
  'javascript:window.x=1',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  '/\\evil.example/',
  '\\\\evil.example',
  '/\t/evil.example',
  'https:evil.example',
  'ftp://evil.example/',
  'evil.example/seite',
]
const allowedTargets = ['/de/seiten/willkommen/', '/lip/', 'https://www.hannover.de/', 'http://example.org/a?b=c#d']

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

const createRedirect = (from: string, url: string) =>
  payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url } } })

describe('redirect targets in the CMS', () => {
  test('should refuse javascript:, data: and other-host targets with a German message', async () => {
    for (const [index, url] of dangerousTargets.entries()) {
      const messages = await rejectionMessages(createRedirect(`/alt-${index}/`, url))
      expect(messages.join(' '), url).toMatch(/nur Adressen auf dieser Website .* http:\/\/ bzw\. https:\/\//)
    }
    expect((await payload.count({ collection: 'redirects' })).totalDocs).toBe(0)
  })

  test('should give the reason itself as the message of a refused save through REST (the admin shows it)', async () => {
    const { handleEndpoints } = await import('payload')
    const { default: config } = await import('@wir/cms/config')
    await payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] } as never,
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'admin-password-1' },
    })
    const response = await handleEndpoints({
      config,
      request: new Request('http://localhost/api/redirects', {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ from: '/alt-rest/', to: { type: 'custom', url: 'javascript:alert(1)' } }),
      }),
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toMatch(/^Als Ziel sind nur Adressen auf dieser Website/)
  })

  test('should accept site paths and http(s) addresses', async () => {
    for (const [index, url] of allowedTargets.entries()) await createRedirect(`/gut-${index}/`, url)
    expect((await payload.count({ collection: 'redirects' })).totalDocs).toBe(allowedTargets.length)
  })
})

describe('redirect targets in the site build', () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'wir-redirects-'))
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  test('should never turn a dangerous target from the snapshot into a page, and say so in the build', () => {
    const snapshot = JSON.parse(readFileSync(path.join(testsDir, 'fixtures/snapshot.small.json'), 'utf8'))
    snapshot.redirects.push(...dangerousTargets.map((url, index) => ({ from: `/de/boese-${index}/`, to: { url } })), {
      from: '/de/zur-stadt/',
      to: { url: 'https://www.hannover.de/' },
    })
    const snapshotFile = path.join(outDir, 'snapshot.json')
    writeFileSync(snapshotFile, JSON.stringify(snapshot))
    const siteDir = path.join(outDir, 'site')
    const build = spawnSync(path.join(repoRoot, 'site/node_modules/.bin/astro'), ['build'], {
      cwd: path.join(repoRoot, 'site'),
      env: {
        ...process.env,
        WIR_SNAPSHOT: snapshotFile,
        WIR_SITE_OUT_DIR: siteDir,
        SITE_URL: 'https://wir.example',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
    })
    expect(build.status, build.stderr).toBe(0)
    const output = build.stdout + build.stderr
    for (const index of dangerousTargets.keys()) {
      expect(existsSync(path.join(siteDir, `de/boese-${index}`))).toBe(false)
      expect(output).toContain(`Redirect from /de/boese-${index}/ skipped`)
    }
    const html = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => readFileSync(path.join(siteDir, file), 'utf8'))
      .join('\n')
    expect(html).not.toMatch(/url=\s*(javascript|data|vbscript):|href="\s*(javascript|data|vbscript):/i)
    expect(html).not.toContain('evil.example')
    // A good redirect still works.
    const good = readFileSync(path.join(siteDir, 'de/zur-stadt/index.html'), 'utf8')
    expect(good).toContain('<meta http-equiv="refresh" content="0;url=https://www.hannover.de/">')
  }, 120_000)
})
