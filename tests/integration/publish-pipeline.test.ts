/**
 * The publishing pipeline for real: a Payload on a temporary SQLite file, the jobs queue, the
 * real export, `astro build` with pagefind, checks and the atomic switch of `live`.
 */
import { existsSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { createPublishedMeasure } from '../helpers/publishedMeasure'
import { treeHash } from '../helpers/treeHash'

let payload: Payload
let cleanup: () => Promise<void>
let siteRoot: string
let measureId: number | string
let pipeline: typeof import('../../cms/src/publishing/runSiteBuild')
let releases: typeof import('../../cms/src/publishing/releases')
let rollback: typeof import('../../cms/src/publishing/rollback')

const live = () => path.join(siteRoot, 'live')
const measureHtml = () => readFileSync(path.join(live(), 'de/massnahmen/sprachcafe/index.html'), 'utf8')
const pendingBuilds = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' }, completedAt: { exists: false }, hasError: { not_equals: true } },
      limit: 100,
    })
  ).docs
const builds = async () =>
  (
    await payload.find({
      collection: 'site-builds',
      where: { kind: { equals: 'build' } },
      sort: 'startedAt',
      limit: 100,
    })
  ).docs

async function publishTitle(title: string) {
  await payload.update({
    collection: 'measures',
    id: measureId,
    locale: 'de',
    data: { title, slug: 'sprachcafe', generateSlug: false, _status: 'published' } as never,
  })
}

/** Runs the queue like the CMS's cron does, until nothing is waiting or running any more. */
async function drainQueue(timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    await payload.jobs.run({ queue: 'site-build', limit: 1 })
    const open = await payload.find({
      collection: 'payload-jobs',
      where: { completedAt: { exists: false }, hasError: { not_equals: true }, queue: { equals: 'site-build' } },
    })
    if (open.totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('queue did not drain')
}

beforeAll(async () => {
  process.env.WIR_BUILD_DELAY_MS = '400'
  process.env.WIR_RUN_JOBS = '0'
  const booted = await bootPayload()
  ;({ payload, cleanup } = booted)
  siteRoot = path.join(booted.dataDir, 'site')
  process.env.WIR_SITE_DIR = siteRoot
  pipeline = await import('../../cms/src/publishing/runSiteBuild')
  releases = await import('../../cms/src/publishing/releases')
  rollback = await import('../../cms/src/publishing/rollback')
  ;({ measureId } = await createPublishedMeasure(payload))
})
afterAll(async () => cleanup?.())

describe('publishing queues a site build', () => {
  test('should queue one build for ten quick publishes, and none for a draft', async () => {
    await payload.update({
      collection: 'measures',
      id: measureId,
      locale: 'de',
      draft: true,
      data: { title: 'Nur ein Entwurf' } as never,
    })
    expect(await pendingBuilds()).toHaveLength(0)

    for (let round = 1; round <= 10; round++) await publishTitle(`Sprachcafé ${round}`)
    const pending = await pendingBuilds()
    expect(pending).toHaveLength(1)
    expect(pending[0]!.input).toMatchObject({ reason: 'Maßnahme „Sprachcafé 10“ veröffentlicht' })
    expect(new Date(pending[0]!.waitUntil as string).getTime()).toBeGreaterThan(Date.now() - 1000)
  })

  test('should run the queued build and put the change live, never two builds at once', async () => {
    await drainQueue()
    expect(measureHtml()).toContain('Sprachcafé 10')
    const first = await builds()
    expect(first.map((build) => build.status)).toEqual(['succeeded'])

    // Publishes during a running build: the queue runs (as the cron does) while editors publish.
    let running = true
    const runner = (async () => {
      while (running) {
        await payload.jobs.run({ queue: 'site-build', limit: 1 })
        await new Promise((resolve) => setTimeout(resolve, 150))
      }
    })()
    for (let round = 11; round <= 20; round++) {
      await publishTitle(`Sprachcafé ${round}`)
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    await drainQueue()
    running = false
    await runner

    const all = await builds()
    const later = all.slice(1)
    expect(later.length).toBeGreaterThanOrEqual(1)
    expect(later.length).toBeLessThanOrEqual(2)
    expect(all.every((build) => build.status === 'succeeded')).toBe(true)
    for (let index = 1; index < all.length; index++) {
      expect(new Date(all[index]!.startedAt as string).getTime()).toBeGreaterThanOrEqual(
        new Date(all[index - 1]!.finishedAt as string).getTime(),
      )
    }
    expect(measureHtml()).toContain('Sprachcafé 20')
  })

  test('should queue a build when a document is unpublished or deleted', async () => {
    await drainQueue()
    await payload.update({ collection: 'measures', id: measureId, locale: 'de', data: { _status: 'draft' } as never })
    expect((await pendingBuilds())[0]?.input).toMatchObject({ reason: expect.stringContaining('zurückgezogen') })
    await payload.update({
      collection: 'measures',
      id: measureId,
      locale: 'de',
      data: { _status: 'published' } as never,
    })
    const office = await payload.create({
      collection: 'offices',
      locale: 'de',
      data: { code: '99.9', name: 'Testbüro', _status: 'published' } as never,
    })
    await payload.delete({ collection: 'offices', id: office.id })
    expect((await pendingBuilds())[0]?.input).toMatchObject({ reason: expect.stringContaining('gelöscht') })
    await drainQueue()
  })
})

describe('scheduled publishing', () => {
  test('should publish a draft when its time has come, and queue the build that puts it live', async () => {
    await drainQueue()
    await payload.update({
      collection: 'measures',
      id: measureId,
      locale: 'de',
      draft: true,
      data: { title: 'Sprachcafé geplant' } as never,
    })
    expect(await pendingBuilds()).toHaveLength(0)
    // What the admin's "Veröffentlichungsplanung" queues (ui/utilities/schedulePublishHandler).
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 300),
      input: { type: 'publish', doc: { relationTo: 'measures', value: String(measureId) } },
    } as never)
    await payload.jobs.run({ queue: 'default' })
    // Not yet due: nothing published.
    expect(
      (await payload.findByID({ collection: 'measures', id: measureId, locale: 'de', draft: false })).title,
    ).not.toBe('Sprachcafé geplant')
    await new Promise((resolve) => setTimeout(resolve, 400))
    await payload.jobs.run({ queue: 'default' })
    const published = await payload.findByID({ collection: 'measures', id: measureId, locale: 'de', draft: false })
    expect(published.title).toBe('Sprachcafé geplant')
    expect((await pendingBuilds())[0]?.input).toMatchObject({
      reason: expect.stringContaining('veröffentlicht'),
      triggeredBy: 'Zeitplan oder System',
    })
    await drainQueue()
    expect(measureHtml()).toContain('Sprachcafé geplant')
  })
})

describe('a CMS stopped in the middle of a build', () => {
  test('should not block the queue: the interrupted build is marked failed and the next one runs', async () => {
    const { recoverInterruptedBuilds } = await import('../../cms/src/jobs/recoverInterruptedBuilds')
    await publishTitle('Sprachcafé unterbrochen')
    const [job] = await pendingBuilds()
    const longAgo = new Date(Date.now() - 120_000).toISOString()
    // What a killed runner leaves behind: its job claimed, its log entry running, no lock holder.
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job!.id,
      data: { processing: true, updatedAt: longAgo },
    })
    const log = await payload.create({
      collection: 'site-builds',
      data: { kind: 'build', status: 'running', startedAt: longAgo, reason: 'unterbrochen' },
    })
    await payload.jobs.run({ queue: 'site-build' })
    expect(measureHtml()).not.toContain('Sprachcafé unterbrochen')

    expect(await recoverInterruptedBuilds(payload, siteRoot)).toBe(1)
    expect(await payload.findByID({ collection: 'site-builds', id: log.id })).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('Abgebrochen'),
    })
    await publishTitle('Sprachcafé unterbrochen')
    await drainQueue()
    expect(measureHtml()).toContain('Sprachcafé unterbrochen')
  })
})

/** Every text the pipeline logged must be exactly one JSON object per line. */
function stepLines(logged: string[]) {
  const lines = logged.join('').split('\n').filter(Boolean)
  expect(lines).toHaveLength(logged.length)
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('build step logs', () => {
  test('should write one JSON line per step with its duration, release and outcome, and nothing personal', async () => {
    const logged: string[] = []
    const result = await pipeline.runSiteBuild(payload, {
      reason: 'Test: Protokoll',
      triggeredBy: 'redakteurin@example.org',
      log: (text) => logged.push(text),
    })
    expect(result.status, result.error).toBe('succeeded')
    const lines = stepLines(logged)
    expect(lines.map((line) => line.step)).toEqual(['export', 'build', 'check', 'switch'])
    for (const line of lines) {
      expect(line).toEqual({
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: 'info',
        event: 'site-build-step',
        releaseId: result.releaseId,
        step: line.step,
        outcome: 'succeeded',
        durationMs: expect.any(Number),
      })
    }
    // The Astro build is the long step; together the steps take (almost) the whole build.
    const total = lines.reduce((sum, line) => sum + (line.durationMs as number), 0)
    expect(total).toBeLessThanOrEqual(result.durationMs)
    expect(lines[1]!.durationMs).toBeGreaterThan(lines[3]!.durationMs as number)
    expect(logged.join('')).not.toContain('example.org')
  })
})

describe('a failed build', () => {
  test('should leave the live directory byte-identical when the Astro build fails', async () => {
    const before = treeHash(siteRoot + '/releases') + readlinkSync(live())
    const logged: string[] = []
    // A broken export: the real Astro build rejects the snapshot.
    const result = await pipeline.runSiteBuild(payload, {
      reason: 'Test: kaputter Export',
      steps: { export: async ({ snapshot }) => writeFileSync(snapshot, '{"measures": "kaputt"}') },
      log: (text) => logged.push(text),
    })
    expect(result.status).toBe('failed')
    expect(result.error).toMatch(
      /Schritt „Seiten und Suchindex erzeugen“ ist fehlgeschlagen\. Die bisherige Website bleibt unverändert online\./,
    )
    expect(result.error).toMatch(/snapshot|Snapshot/)
    expect(treeHash(siteRoot + '/releases') + readlinkSync(live())).toBe(before)
    expect(existsSync(path.join(siteRoot, 'staging', result.releaseId))).toBe(false)
    const log = await payload.findByID({ collection: 'site-builds', id: result.logId })
    expect(log).toMatchObject({ status: 'failed', error: result.error })
    // The log collection's lines: the step that failed is the last one, as an error.
    expect(stepLines(logged).map(({ step, outcome, level }) => [step, outcome, level])).toEqual([
      ['export', 'succeeded', 'info'],
      ['build', 'failed', 'error'],
    ])
  })

  test('should refuse a build that fails its checks, and say why', async () => {
    const before = treeHash(siteRoot + '/releases') + readlinkSync(live())
    const result = await pipeline.runSiteBuild(payload, {
      steps: {
        build: async (context) => {
          await pipeline.defaultSteps.build(context)
          // A page with a link into nothing, as a broken template would produce.
          writeFileSync(path.join(context.outDir, 'de/index.html'), '<a href="/de/gibt-es-nicht/">x</a>')
        },
      },
    })
    expect(result.status).toBe('failed')
    expect(result.error).toContain('interne Links führen ins Leere, z. B. /de/gibt-es-nicht/')
    expect(treeHash(siteRoot + '/releases') + readlinkSync(live())).toBe(before)
  })

  test('should be announced above every admin page to editors, not to translators', async () => {
    // Imported by a computed name: the admin's TSX and the CMS's generated Payload types stay out
    // of this package's own type check (the tests' data is deliberately not typed against them).
    const inCms = (file: string) => new URL(`../../cms/${file}`, import.meta.url).pathname
    const modules = {
      banner: inCms('src/components/BuildStatus/PublishingProblemBanner.tsx'),
      server: inCms('node_modules/react-dom/server.js'),
    }
    const { PublishingProblemBanner } = await import(modules.banner)
    const { renderToStaticMarkup } = await import(modules.server)
    const render = async (roles: string[]): Promise<string> => {
      const element = await PublishingProblemBanner({ payload, user: { id: 1, roles } })
      return element ? renderToStaticMarkup(element) : ''
    }
    const html = await render(['editor'])
    expect(html).toContain('Die letzte Veröffentlichung ist fehlgeschlagen')
    expect(html).toContain('Die bisherige Website ist unverändert online')
    expect(html).toContain('href="/admin/veroeffentlichung"')
    expect(await render(['translator'])).toBe('')
  })
})

describe('rollback', () => {
  test('should switch back to the previous release at once, and forward again with the next build', async () => {
    await publishTitle('Sprachcafé neu')
    await drainQueue()
    expect(measureHtml()).toContain('Sprachcafé neu')
    // A successful build after a failure clears the admin's warning.
    const statusData = new URL('../../cms/src/components/BuildStatus/buildStatusData.ts', import.meta.url).pathname
    const { failedLatestBuild } = await import(statusData)
    expect(await failedLatestBuild(payload)).toBeUndefined()
    const current = releases.liveRelease(releases.siteLayout(siteRoot))

    const result = await rollback.rollbackToPrevious(payload, { triggeredBy: 'Test' })
    expect(result.from).toBe(current)
    expect(releases.liveRelease(releases.siteLayout(siteRoot))).toBe(result.to)
    expect(measureHtml()).toContain('Sprachcafé unterbrochen')
    expect(measureHtml()).not.toContain('Sprachcafé neu')

    const log = await payload.findByID({ collection: 'site-builds', id: result.logId })
    expect(log).toMatchObject({ kind: 'rollback', status: 'succeeded', releaseId: result.to })
    // Old releases are pruned, the live one and two rollback targets stay.
    expect(releases.listReleases(releases.siteLayout(siteRoot)).length).toBeLessThanOrEqual(3)
  })

  test('should be refused to editors through the API endpoint', async () => {
    const { rollbackEndpoint } = await import('../../cms/src/publishing/rollbackEndpoint')
    const before = readlinkSync(live())
    const response = await rollbackEndpoint.handler({ user: { id: 1, roles: ['editor'] }, payload } as never)
    expect(response.status).toBe(403)
    expect(readlinkSync(live())).toBe(before)
  })
})
