/**
 * GET /api/health on a real Payload with a real SQLite file: what a load balancer asks one CMS
 * instance before sending it traffic.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'

let payload: Payload
let cleanup: () => Promise<void>
let dataDir: string
let siteDir: string
let health: typeof import('../../cms/src/health/healthEndpoint')

type HealthBody = { status: string; failing: string[]; checks: Record<string, Record<string, unknown>> }

async function askHealth(): Promise<{ status: number; body: HealthBody }> {
  // Anonymous: no user on the request.
  const response = await health.healthEndpoint.handler({ payload, user: null } as never)
  return { status: response.status, body: await response.json() }
}

/**
 * A folder nobody can write to. Tests run as root here, and root ignores permission bits; the
 * immutable attribute stops root too (as a read-only or failed storage mount would).
 */
function lockFolder(dir: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', dir])
    return () => execFileSync('chattr', ['-i', dir])
  }
  chmodSync(dir, 0o555)
  return () => chmodSync(dir, 0o755)
}

beforeAll(async () => {
  process.env.WIR_RUN_JOBS = '0'
  ;({ payload, cleanup, dataDir } = await bootPayload())
  siteDir = path.join(dataDir, 'site')
  mkdirSync(siteDir, { recursive: true })
  process.env.WIR_SITE_DIR = siteDir
  health = await import('../../cms/src/health/healthEndpoint')
})
afterAll(async () => {
  await cleanup?.().catch(() => undefined)
})

describe('GET /api/health', () => {
  test('should answer 200 "ok" with database, build queue, last build and storage, and nothing personal', async () => {
    await payload.create({
      collection: 'site-builds',
      data: {
        kind: 'build',
        status: 'succeeded',
        reason: 'Maßnahme veröffentlicht',
        triggeredBy: 'redakteurin@example.org',
        startedAt: '2026-11-01T09:00:00.000Z',
        finishedAt: '2026-11-01T09:00:20.000Z',
        releaseId: '20261101-090000000-abcd',
      },
    })
    const { queueSiteBuild } = await import('../../cms/src/jobs/queueSiteBuild')
    await queueSiteBuild(payload, { reason: 'Test', triggeredBy: 'redakteurin@example.org' })

    const { status, body } = await askHealth()
    expect(status).toBe(200)
    expect(body).toMatchObject({
      status: 'ok',
      failing: [],
      checks: {
        database: { ok: true },
        queue: { ok: true, queued: 1, processing: 0 },
        lastBuild: { ok: true, releaseId: '20261101-090000000-abcd', finishedAt: '2026-11-01T09:00:20.000Z' },
        storage: { ok: true, dataDirWritable: true, siteDirWritable: true },
      },
    })
    const text = JSON.stringify(body)
    expect(text).not.toContain('example.org')
    expect(text).not.toContain(dataDir)
    expect(text).not.toContain(process.env.PAYLOAD_SECRET!)
  })

  test('should answer 503 "degraded" naming storage when the site folder cannot be written', async () => {
    const unlock = lockFolder(siteDir)
    try {
      const { status, body } = await askHealth()
      expect(status).toBe(503)
      expect(body).toMatchObject({
        status: 'degraded',
        failing: ['storage'],
        checks: { storage: { ok: false, dataDirWritable: true, siteDirWritable: false }, database: { ok: true } },
      })
    } finally {
      unlock()
    }
    expect((await askHealth()).status).toBe(200)
  })

  test('should answer 503 "degraded" naming the database when the database is gone', async () => {
    // What a lost database connection looks like to this instance: every query fails.
    ;(payload.db as unknown as { client: { close: () => void } }).client.close()
    const { status, body } = await askHealth()
    expect(status).toBe(503)
    expect(body.status).toBe('degraded')
    expect(body.failing).toEqual(expect.arrayContaining(['database', 'queue', 'lastBuild']))
    expect(body.failing).not.toContain('storage')
    expect(body.checks.database).toEqual({ ok: false })
  })
})
