/**
 * The publishing pipeline: export the published content → Astro build with pagefind into a
 * fresh staging directory → check the result → move it to releases/ and switch `live` to it
 * atomically. Any failure leaves `live` exactly as it was and is logged for editors.
 */
import { existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildSnapshotWithFiles } from '../export/buildSnapshot'
import { copySnapshot, writeSnapshot } from '../export/writeSnapshot'
import { snapshotFile } from '../env/paths'
import { siteRootDir, siteSourceDir } from '../env/sitePaths'
import { withBuildLock } from './buildLock'
import { logBuildStep, writeToStdout, type LogWriter } from './buildStepLog'
import { checkRelease } from './checkRelease'
import { liveDirectory, newReleaseId, pruneReleases, siteLayout, switchLive, type SiteLayout } from './releases'
import { runAstroBuild } from './runAstroBuild'
import { countPages } from './countPages'

export type BuildContext = {
  payload: Payload
  layout: SiteLayout
  releaseId: string
  workDir: string
  outDir: string
  snapshot: string
}
export type StepName = 'export' | 'build' | 'check' | 'switch'
type Step = (context: BuildContext) => Promise<{ pages?: number } | void>

export const stepLabels: Record<StepName, string> = {
  export: 'Inhalte exportieren',
  build: 'Seiten und Suchindex erzeugen',
  check: 'Ergebnis prüfen',
  switch: 'Live schalten',
}

export const defaultSteps: Record<StepName, Step> = {
  async export({ payload, snapshot }) {
    const { snapshot: content, files } = await buildSnapshotWithFiles(payload)
    await writeSnapshot(content, snapshot, files)
  },
  async build({ snapshot, outDir }) {
    await runAstroBuild({ siteDir: siteSourceDir(), snapshot, outDir })
  },
  async check({ layout, outDir }) {
    const live = liveDirectory(layout)
    const result = checkRelease(outDir, { minimumPages: 10, previousPages: live ? countPages(live) : undefined })
    if (result.problems.length) throw new Error(`Die Prüfung hat Fehler gefunden:\n– ${result.problems.join('\n– ')}`)
    return { pages: result.pages }
  },
  async switch({ layout, releaseId, outDir, snapshot }) {
    await mkdir(layout.releases, { recursive: true })
    await rename(outDir, path.join(layout.releases, releaseId))
    await switchLive(layout, releaseId)
    await pruneReleases(layout)
    // The shared snapshot (pnpm dev, tools) follows what is live.
    await copySnapshot(snapshot, snapshotFile())
  },
}

export type SiteBuildOptions = {
  reason?: string
  triggeredBy?: string
  /** Replace steps (tests inject failures here). */
  steps?: Partial<Record<StepName, Step>>
  siteRoot?: string
  /** Where the JSON line per step goes (standard output; tests read it). */
  log?: LogWriter
}

export type SiteBuildResult = {
  status: 'succeeded' | 'failed'
  releaseId: string
  pages?: number
  durationMs: number
  error?: string
  logId: number | string
}

export async function runSiteBuild(payload: Payload, options: SiteBuildOptions = {}): Promise<SiteBuildResult> {
  const layout = siteLayout(options.siteRoot ?? siteRootDir())
  return withBuildLock(layout.root, () => buildLocked(payload, layout, options))
}

async function buildLocked(payload: Payload, layout: SiteLayout, options: SiteBuildOptions): Promise<SiteBuildResult> {
  const started = Date.now()
  const releaseId = newReleaseId()
  const workDir = path.join(layout.staging, releaseId)
  const context: BuildContext = {
    payload,
    layout,
    releaseId,
    workDir,
    outDir: path.join(workDir, 'site'),
    snapshot: path.join(workDir, 'snapshot.json'),
  }
  const steps = { ...defaultSteps, ...options.steps }
  const log = await payload.create({
    collection: 'site-builds',
    data: {
      kind: 'build',
      status: 'running',
      reason: options.reason,
      triggeredBy: options.triggeredBy,
      startedAt: new Date(started).toISOString(),
      step: 'Wartet',
      progress: 0,
    },
  })
  const order: StepName[] = ['export', 'build', 'check', 'switch']
  let pages: number | undefined
  let current: StepName = 'export'
  let stepStarted = Date.now()
  const logStep = (outcome: 'succeeded' | 'failed') =>
    logBuildStep(options.log ?? writeToStdout, {
      releaseId,
      step: current,
      outcome,
      durationMs: Date.now() - stepStarted,
    })
  try {
    await mkdir(workDir, { recursive: true })
    for (const [index, name] of order.entries()) {
      current = name
      await payload.update({
        collection: 'site-builds',
        id: log.id,
        data: { step: stepLabels[name], progress: Math.round((index / order.length) * 100) },
      })
      stepStarted = Date.now()
      const result = await steps[name](context)
      logStep('succeeded')
      if (result?.pages !== undefined) pages = result.pages
    }
    const durationMs = Date.now() - started
    await payload.update({
      collection: 'site-builds',
      id: log.id,
      data: {
        status: 'succeeded',
        step: 'Live',
        progress: 100,
        finishedAt: new Date().toISOString(),
        durationMs,
        pages,
        releaseId,
      },
    })
    payload.logger.info(`Site build ${releaseId} is live: ${pages} pages in ${(durationMs / 1000).toFixed(1)} s`)
    return { status: 'succeeded', releaseId, pages, durationMs, logId: log.id }
  } catch (caught) {
    logStep('failed')
    const durationMs = Date.now() - started
    const error = `Schritt „${stepLabels[current]}“ ist fehlgeschlagen. Die bisherige Website bleibt unverändert online.\n${(caught as Error).message}`
    payload.logger.error(`Site build ${releaseId} failed: ${error}`)
    await payload.update({
      collection: 'site-builds',
      id: log.id,
      data: { status: 'failed', finishedAt: new Date().toISOString(), durationMs, error },
    })
    return { status: 'failed', releaseId, durationMs, error, logId: log.id }
  } finally {
    if (existsSync(workDir)) await rm(workDir, { recursive: true, force: true })
  }
}
