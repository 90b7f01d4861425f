/**
 * What the backup tests share: a small published fixture with a real image, a loop of edits that
 * records the exported snapshot after every committed change, and the portal's own CLIs
 * (`pnpm backup`, `pnpm restore`, the export) run as separate processes, as the city's IT runs them.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { setImmediate } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'
import type { Payload } from 'payload'

import { createPublishedMeasure } from './publishedMeasure'

const cmsDir = fileURLToPath(new URL('../../cms/', import.meta.url))
const tsxCli = path.join(cmsDir, 'node_modules/tsx/dist/cli.mjs')

export const cli = {
  backup: path.join(cmsDir, 'scripts/backup.ts'),
  restore: path.join(cmsDir, 'scripts/restore.ts'),
  export: path.join(cmsDir, 'src/export/run-export.ts'),
}

/** Runs one of the portal's TypeScript CLIs in its own Node process. */
export function runCli(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, script, ...args], {
      cwd: cmsDir,
      env: { ...process.env, WIR_RUN_JOBS: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

/**
 * The exported snapshot as compared between installs: everything except `generatedAt`, the
 * moment of the export, which is the one value that differs between two exports of one state.
 */
export function comparableSnapshot(json: string): string {
  const { generatedAt: _ignored, ...rest } = JSON.parse(json) as Record<string, unknown>
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex')
}

/** A real photo-like PNG (a gradient with fixed noise). */
async function photo(width = 640, height = 360): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i += 3) {
    const x = (i / 3) % width
    pixels[i] = (x * 255) / width
    pixels[i + 1] = (i * 7919) % 61
    pixels[i + 2] = 180
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer()
}

/** A field of action, an office, a measure and a news item with an uploaded image, all published. */
export async function seedFixture(payload: Payload): Promise<{ measureId: number | string }> {
  const { measureId } = await createPublishedMeasure(payload)
  const data = await photo()
  const image = await payload.create({
    collection: 'media',
    locale: 'de',
    data: { alt: 'Ein Farbverlauf von Blau nach Rot' } as never,
    file: { data, mimetype: 'image/png', name: 'verlauf.png', size: data.length },
  })
  await payload.create({
    collection: 'news',
    locale: 'de',
    context: { isSeed: true },
    data: { title: 'Meldung mit Bild', date: '2026-05-01', image: image.id, _status: 'published' } as never,
  })
  return { measureId }
}

/**
 * Publishes a new title again and again until stopped; after every committed change it exports
 * the snapshot and records it, so a restored backup can be matched to exactly one of these states.
 */
export function startEditing(payload: Payload, measureId: number | string) {
  const states = new Map<string, number>()
  let rounds = 0
  let running = true
  const record = async () => {
    const { buildSnapshot } = await import('@wir/cms/export')
    states.set(comparableSnapshot(JSON.stringify(await buildSnapshot(payload))), rounds)
  }
  const loop = (async () => {
    await record()
    while (running) {
      await payload.update({
        collection: 'measures',
        id: measureId,
        locale: 'de',
        data: { title: `Sprachcafé Runde ${rounds + 1}`, _status: 'published' } as never,
      })
      rounds++
      await record()
      // The local SQLite driver can answer in microtasks only; without a turn of the event loop
      // timers and the backup process's pipes would starve (a real CMS yields between requests).
      await setImmediate()
    }
  })()
  /** Resolves once `count` edits have committed; a failed edit rejects instead of waiting forever. */
  const waitForRounds = async (count: number) => {
    const reached = (async () => {
      while (rounds < count) await new Promise((resolve) => setTimeout(resolve, 20))
    })()
    await Promise.race([reached, loop.then(() => reached)])
  }
  return {
    states,
    rounds: () => rounds,
    waitForRounds,
    /** Lets at least one more edit commit, then stops the loop. */
    stop: async () => {
      await waitForRounds(rounds + 1)
      running = false
      await loop
    },
  }
}
