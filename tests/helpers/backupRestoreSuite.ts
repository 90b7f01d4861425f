/**
 * The backup and restore tests, once for each database kind: a published fixture with a real
 * image and a real site build; `pnpm backup` in its own process while this one keeps publishing;
 * `pnpm restore` into an empty install; the export there must be byte for byte (but generatedAt)
 * one of the states the editing loop committed, with the image, the export's files and the live
 * release; a second restore is refused, `--force` replaces.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { cli, comparableSnapshot, runCli, seedFixture, startEditing } from './backupScenario'
import { bootPayload } from './bootPayload'
import { treeHash } from './treeHash'

type Env = Record<string, string>

export type DatabaseUnderTest = {
  name: string
  /** Runs before Payload boots (e.g. starts a server and sets DATABASE_URI); returns its cleanup. */
  start?: () => Promise<() => void>
  /** DATABASE_URI of a fresh, empty database for the restored install. */
  emptyDatabase: (targetDir: string) => string
  /** One SQL statement against an install's database; the first column of the first row. */
  sql: (env: Env, statement: string) => string
  /** Extra checks of the restored database (SQLite: its integrity check). */
  checkRestored?: (env: Env) => void
}

export function backupRestoreSuite(database: DatabaseUnderTest) {
  let payload: Payload
  let cleanup: (() => Promise<void>) | undefined
  let stop: (() => void) | undefined
  let dataDir: string
  let measureId: number | string
  let archive: string
  let target: string
  let targetEnv: Env

  const sourceEnv = () => ({
    WIR_DATA_DIR: dataDir,
    DATABASE_URI: process.env.DATABASE_URI!,
    WIR_SITE_DIR: path.join(dataDir, 'site'),
  })
  const restoredSnapshot = () => readFileSync(path.join(target, 'export/snapshot.json'), 'utf8')

  beforeAll(async () => {
    process.env.WIR_RUN_JOBS = '0'
    stop = await database.start?.()
    ;({ payload, cleanup, dataDir } = await bootPayload())
    process.env.WIR_SITE_DIR = path.join(dataDir, 'site')
    ;({ measureId } = await seedFixture(payload))
    // A real publish: export, Astro build, checks, live switch.
    const { runSiteBuild } = await import('../../cms/src/publishing/runSiteBuild')
    const build = await runSiteBuild(payload, { reason: 'Test: erste Veröffentlichung', log: () => undefined })
    expect(build.status, build.error).toBe('succeeded')
    archive = path.join(dataDir, 'backups/wir.tar.gz')
    target = mkdtempSync(path.join(os.tmpdir(), 'wir-restore-'))
    targetEnv = {
      WIR_DATA_DIR: target,
      DATABASE_URI: database.emptyDatabase(target),
      WIR_SITE_DIR: path.join(target, 'site'),
      WIR_SNAPSHOT: path.join(target, 'export/snapshot.json'),
    }
  })
  afterAll(async () => {
    await cleanup?.()
    stop?.()
    if (target) rmSync(target, { recursive: true, force: true })
  })

  describe(`backup and restore on ${database.name}`, () => {
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
        `backup (${database.name}): restored edit ${round} of ${editing.rounds()} ` +
          `(${roundsBefore} before the backup started); ${backup.output.trim()}`,
      )
      database.checkRestored?.(targetEnv)

      // The uploaded image with its sizes, and the files the export copies for the site.
      expect(treeHash(path.join(target, 'uploads'))).toBe(treeHash(path.join(dataDir, 'uploads')))
      const { buildSnapshotWithFiles } = await import('@wir/cms/export')
      const { writeSnapshot } = await import('@wir/cms/write-snapshot')
      const { snapshot, files } = await buildSnapshotWithFiles(payload)
      await writeSnapshot(snapshot, path.join(dataDir, 'export/snapshot.json'), files)
      expect(files.media?.length).toBeGreaterThan(0)
      expect(treeHash(path.join(target, 'export/media'))).toBe(treeHash(path.join(dataDir, 'export/media')))

      // The live release, under its own id, switched live.
      expect(readlinkSync(path.join(target, 'site/live'))).toBe(readlinkSync(path.join(dataDir, 'site/live')))
      expect(treeHash(realpathSync(path.join(target, 'site/live')))).toBe(
        treeHash(realpathSync(path.join(dataDir, 'site/live'))),
      )
    })

    test('should refuse to restore over a database that holds content, and replace it with --force', async () => {
      const before = comparableSnapshot(restoredSnapshot())
      database.sql(targetEnv, "UPDATE measures_locales SET title = 'Überschrieben'")

      const refused = await runCli(cli.restore, [archive], targetEnv)
      expect(refused.code).toBe(1)
      expect(refused.output).toContain('The database is not empty; restore with --force')
      expect(database.sql(targetEnv, 'SELECT title FROM measures_locales')).toBe('Überschrieben')

      const forced = await runCli(cli.restore, [archive, '--force'], targetEnv)
      expect(forced.code, forced.output).toBe(0)
      const exported = await runCli(cli.export, [], targetEnv)
      expect(exported.code, exported.output).toBe(0)
      expect(comparableSnapshot(restoredSnapshot())).toBe(before)
    })

    test('should refuse an archive made by a newer version before touching anything', async () => {
      // The same archive, as a later release with one more migration would write it.
      const unpacked = mkdtempSync(path.join(os.tmpdir(), 'wir-newer-'))
      const fresh = mkdtempSync(path.join(os.tmpdir(), 'wir-fresh-'))
      try {
        execFileSync('tar', ['-xzf', archive, '-C', unpacked])
        const manifestFile = path.join(unpacked, 'manifest.json')
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
        manifest.database.migration = '29991231_000000_aus_der_zukunft'
        writeFileSync(manifestFile, JSON.stringify(manifest))
        const newer = path.join(unpacked, 'newer.tar.gz')
        execFileSync('tar', ['-czf', newer, '-C', unpacked, ...readdirNames(unpacked)])

        const freshEnv: Env = {
          ...targetEnv,
          WIR_DATA_DIR: fresh,
          WIR_SITE_DIR: path.join(fresh, 'site'),
          DATABASE_URI: database.emptyDatabase(fresh).replace(/wir_restored$/, 'wir_newer'),
        }
        const refused = await runCli(cli.restore, [newer, '--force'], freshEnv)
        expect(refused.code).toBe(1)
        expect(refused.output).toContain('made by a newer version (migration 29991231_000000_aus_der_zukunft')
        expect(readdirNames(fresh)).toEqual([])
      } finally {
        rmSync(unpacked, { recursive: true, force: true })
        rmSync(fresh, { recursive: true, force: true })
      }
    })
  })
}

const readdirNames = (dir: string) => readdirSync(dir).sort()
