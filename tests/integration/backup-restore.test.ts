/**
 * `pnpm backup` and `pnpm restore` on a real SQLite file: the backup runs in its own process while
 * this one keeps publishing, and the restore into an empty install must give exactly one of the
 * states the editors committed, with the uploaded image and the live release.
 */
import { mkdtempSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { cli, comparableSnapshot, runCli, seedFixture, startEditing } from '../helpers/backupScenario'
import { bootPayload } from '../helpers/bootPayload'
import { treeHash } from '../helpers/treeHash'

let payload: Payload
let cleanup: () => Promise<void>
let dataDir: string
let measureId: number | string
let archive: string
let target: string
let targetEnv: Record<string, string>

const sourceEnv = () => ({
  WIR_DATA_DIR: dataDir,
  DATABASE_URI: process.env.DATABASE_URI!,
  WIR_SITE_DIR: path.join(dataDir, 'site'),
})
const restoredSnapshot = () => readFileSync(path.join(target, 'export/snapshot.json'), 'utf8')

beforeAll(async () => {
  process.env.WIR_RUN_JOBS = '0'
  ;({ payload, cleanup, dataDir } = await bootPayload())
  process.env.WIR_SITE_DIR = path.join(dataDir, 'site')
  ;({ measureId } = await seedFixture(payload))
  // A real publish: export, Astro build, checks, live switch.
  const { runSiteBuild } = await import('../../cms/src/jobs/runSiteBuild')
  const build = await runSiteBuild(payload, { reason: 'Test: erste Veröffentlichung' })
  expect(build.status, build.error).toBe('succeeded')
  archive = path.join(dataDir, 'backups/wir.tar.gz')
  target = mkdtempSync(path.join(os.tmpdir(), 'wir-restore-'))
  targetEnv = {
    WIR_DATA_DIR: target,
    DATABASE_URI: `file:${path.join(target, 'wir.db')}`,
    WIR_SITE_DIR: path.join(target, 'site'),
    WIR_SNAPSHOT: path.join(target, 'export/snapshot.json'),
  }
})
afterAll(async () => {
  await cleanup?.()
  if (target) rmSync(target, { recursive: true, force: true })
})

describe('backup and restore on SQLite', () => {
  test('should restore a backup taken while editors publish to exactly one committed state, with files and live release', async () => {
    const editing = startEditing(payload, measureId)
    await editing.waitForRounds(3)
    const roundsBefore = editing.rounds()
    const backup = await runCli(cli.backup, [archive], sourceEnv())
    await editing.stop()
    expect(backup.code, backup.output).toBe(0)
    expect(editing.states.size).toBe(editing.rounds() + 1)

    const restore = await runCli(cli.restore, [archive], targetEnv)
    expect(restore.code, restore.output).toBe(0)
    const exported = await runCli(cli.export, [], targetEnv)
    expect(exported.code, exported.output).toBe(0)

    // Byte for byte (but generatedAt) one of the states the editing loop saw, from during the backup.
    const round = editing.states.get(comparableSnapshot(restoredSnapshot()))
    expect(round, 'the restored snapshot matches no committed state').toBeDefined()
    expect(round).toBeGreaterThanOrEqual(roundsBefore)
    expect(round).toBeLessThan(editing.rounds())
    expect(JSON.parse(restoredSnapshot()).measures[0].title.de).toBe(`Sprachcafé Runde ${round}`)
    console.info(
      `backup: restored edit ${round} of ${editing.rounds()} (${roundsBefore} before the backup started); ${backup.output.trim()}`,
    )

    const database = new DatabaseSync(path.join(target, 'wir.db'), { readOnly: true })
    expect(database.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    database.close()

    // The uploaded image, its sizes, and what the export copies for the site.
    expect(statSync(path.join(target, 'uploads/media')).isDirectory()).toBe(true)
    expect(treeHash(path.join(target, 'uploads'))).toBe(treeHash(path.join(dataDir, 'uploads')))
    const { buildSnapshotWithFiles } = await import('@wir/cms/export')
    const { writeSnapshot } = await import('@wir/cms/write-snapshot')
    const { snapshot, files } = await buildSnapshotWithFiles(payload)
    await writeSnapshot(snapshot, path.join(dataDir, 'export/snapshot.json'), files)
    expect(files.media?.length).toBeGreaterThan(0)
    expect(treeHash(path.join(target, 'export/media'))).toBe(treeHash(path.join(dataDir, 'export/media')))

    // The live release, under its own id, switched live.
    const liveLink = readlinkSync(path.join(dataDir, 'site/live'))
    expect(readlinkSync(path.join(target, 'site/live'))).toBe(liveLink)
    expect(treeHash(realpathSync(path.join(target, 'site/live')))).toBe(
      treeHash(realpathSync(path.join(dataDir, 'site/live'))),
    )
  })

  test('should refuse to restore over a database that holds content, and replace it with --force', async () => {
    const before = comparableSnapshot(restoredSnapshot())
    const database = new DatabaseSync(path.join(target, 'wir.db'))
    database.exec("UPDATE measures_locales SET title = 'Überschrieben'")
    database.close()
    const dbBytes = readFileSync(path.join(target, 'wir.db'))

    const refused = await runCli(cli.restore, [archive], targetEnv)
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('The database is not empty; restore with --force')
    expect(readFileSync(path.join(target, 'wir.db')).equals(dbBytes)).toBe(true)

    const forced = await runCli(cli.restore, [archive, '--force'], targetEnv)
    expect(forced.code, forced.output).toBe(0)
    const exported = await runCli(cli.export, [], targetEnv)
    expect(exported.code, exported.output).toBe(0)
    expect(comparableSnapshot(restoredSnapshot())).toBe(before)
  })
})
