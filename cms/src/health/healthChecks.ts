/**
 * What a load balancer needs to know about one CMS instance, each answered by a cheap real
 * operation. Answers carry no personal data (no names of who published) and no secrets, paths
 * or error texts, which could reveal hosts or connection strings: only yes/no and figures.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { dataDir } from '../database/location'
import { siteRootDir } from '../env/sitePaths'

export type CheckResult = { ok: boolean } & Record<string, unknown>
type Check = (payload: Payload) => Promise<CheckResult>

const openBuilds = { taskSlug: { equals: 'buildSite' }, completedAt: { exists: false }, hasError: { not_equals: true } }

/** Writes and deletes a file: the real proof a folder is writable (permission bits lie to root). */
async function writable(dir: string): Promise<boolean> {
  const probe = path.join(dir, `.health-${randomUUID()}`)
  try {
    await mkdir(dir, { recursive: true })
    await writeFile(probe, 'ok')
    await rm(probe)
    return true
  } catch {
    return false
  }
}

export const healthChecks: Record<string, Check> = {
  async database(payload) {
    await payload.count({ collection: 'payload-migrations' })
    return { ok: true }
  },
  async queue(payload) {
    const [queued, processing] = await Promise.all([
      payload.count({ collection: 'payload-jobs', where: { ...openBuilds, processing: { not_equals: true } } }),
      payload.count({ collection: 'payload-jobs', where: { ...openBuilds, processing: { equals: true } } }),
    ])
    return { ok: true, queued: queued.totalDocs, processing: processing.totalDocs }
  },
  async lastBuild(payload) {
    const { docs } = await payload.find({
      collection: 'site-builds',
      where: { kind: { equals: 'build' }, status: { equals: 'succeeded' } },
      sort: '-finishedAt',
      limit: 1,
      depth: 0,
      select: { finishedAt: true, releaseId: true },
    })
    // A fresh install has published nothing yet; that is not a fault of this instance.
    return { ok: true, finishedAt: docs[0]?.finishedAt ?? null, releaseId: docs[0]?.releaseId ?? null }
  },
  async storage() {
    const [data, site] = await Promise.all([writable(dataDir), writable(siteRootDir())])
    return { ok: data && site, dataDirWritable: data, siteDirWritable: site }
  },
}

/** A check that hangs (a stuck database connection) must fail the probe, not hang it. */
function withTimeout(check: Promise<CheckResult>, ms: number): Promise<CheckResult> {
  return Promise.race([
    check.catch(() => ({ ok: false })),
    new Promise<CheckResult>((resolve) => setTimeout(() => resolve({ ok: false, timedOut: true }), ms).unref()),
  ])
}

export async function checkHealth(payload: Payload, timeoutMs = 3000) {
  const entries = await Promise.all(
    Object.entries(healthChecks).map(async ([name, check]) => [name, await withTimeout(check(payload), timeoutMs)]),
  )
  const checks = Object.fromEntries(entries) as Record<string, CheckResult>
  const failing = Object.keys(checks).filter((name) => !checks[name]!.ok)
  return { status: failing.length ? ('degraded' as const) : ('ok' as const), failing, checks }
}
