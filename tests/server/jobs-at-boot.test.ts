/**
 * The built CMS server (cms/.next, built by run-all-tests.ts before this project runs) starts
 * its job queue when it starts, not with the first admin page: a server that nobody requests
 * anything from still publishes a scheduled document.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { freePort } from '../helpers/freePort'
import { repoRoot } from '../scripts/e2e-environment'

let payload: Payload
let cleanup: () => Promise<void>
let server: ChildProcess | undefined
let serverLog = ''

beforeAll(async () => {
  // This process only prepares and reads the database; the server alone may run the queue.
  process.env.WIR_RUN_JOBS = '0'
  const booted = await bootPayload()
  ;({ payload, cleanup } = booted)
  const siteDir = path.join(booted.dataDir, 'site')
  mkdirSync(siteDir, { recursive: true })

  const page = await payload.create({
    collection: 'pages',
    locale: 'de',
    draft: true,
    data: { title: 'Geplante Seite', slug: 'geplant', _status: 'draft' } as never,
  })
  // What the admin's "Veröffentlichungsplanung" queues (ui/utilities/schedulePublishHandler).
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + 2000),
    input: { type: 'publish', doc: { relationTo: 'pages', value: String(page.id) } },
  } as never)

  const cmsDir = path.join(repoRoot, 'cms')
  server = spawn(
    process.execPath,
    [
      path.join(cmsDir, 'node_modules/next/dist/bin/next'),
      'start',
      '--port',
      String(await freePort()),
      '--hostname',
      '127.0.0.1',
    ],
    {
      cwd: cmsDir,
      env: {
        ...process.env,
        WIR_RUN_JOBS: '1',
        WIR_SITE_DIR: siteDir,
        // The publish queues a site build; it is not what this test is about, so it waits past the test.
        WIR_BUILD_DELAY_MS: String(60 * 60 * 1000),
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  server.stdout!.on('data', (chunk) => (serverLog += chunk))
  server.stderr!.on('data', (chunk) => (serverLog += chunk))
})

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await cleanup?.()
})

test('should publish a scheduled document although no page or API route was ever requested', async () => {
  const isPublished = async () => {
    const { docs } = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'geplant' } },
      locale: 'de',
      draft: false,
      depth: 0,
    })
    return docs[0]?._status === 'published'
  }
  expect(await isPublished()).toBe(false)
  // The queue ticks every 10 s (cms/src/jobs); the server needs a few seconds to start.
  const deadline = Date.now() + 45_000
  while (!(await isPublished())) {
    if (Date.now() > deadline || server?.exitCode !== null)
      throw new Error(`not published within 45 s; server output:\n${serverLog}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  // Payload deletes a job once it completed without error.
  const jobs = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })
  expect(jobs.totalDocs).toBe(0)
}, 90_000)
