/**
 * `pnpm restore <file>`: database, uploads and the live release from a `pnpm backup` archive into
 * this install. Refuses to replace a database or uploads that hold anything unless `force` (the
 * CMS must be stopped then). Checks the restored database against the manifest's counts.
 */
import { existsSync, readdirSync } from 'node:fs'
import { cp, mkdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { extract } from 'tar'

import { dataDir, migrationDirs, uploadsDir } from '../database/location'
import { siteRootDir } from '../env/sitePaths'
import { siteLayout, switchLive } from '../publishing/releases'
import { configuredDatabase, databaseBackups } from './databaseKinds'
import { archivePaths, countDifferences, parseManifest, type BackupManifest } from './manifest'

const hasEntries = (dir: string) => existsSync(dir) && readdirSync(dir).length > 0

/** rename, or copy and delete when the two folders are on different file systems. */
async function move(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true })
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  }
}

/** Everything that makes a restore impossible or destructive, checked before anything changes. */
async function refusals(manifest: BackupManifest, force: boolean): Promise<string[]> {
  const { kind, target } = configuredDatabase()
  const problems: string[] = []
  if (manifest.database.kind !== kind)
    problems.push(`The backup holds a ${manifest.database.kind} database, this install uses ${kind} (DATABASE_URI).`)
  const migration = manifest.database.migration
  if (migration && !existsSync(path.join(migrationDirs[manifest.database.kind], `${migration}.ts`)))
    problems.push(`The backup was made by a newer version (migration ${migration} is unknown here); update first.`)
  if (!force && problems.length === 0 && (await databaseBackups[kind].hasTables(target)))
    problems.push('The database is not empty; restore with --force to replace it (stop the CMS first).')
  if (!force && hasEntries(uploadsDir))
    problems.push(`The uploads folder ${uploadsDir} is not empty; restore with --force to replace it.`)
  return problems
}

export async function restoreBackup(file: string, { force = false } = {}): Promise<BackupManifest> {
  await mkdir(dataDir, { recursive: true })
  // Unpacked inside the data folder, so moving the uploads into place is a rename.
  const work = path.join(dataDir, `.restore-${process.pid}-${Date.now()}`)
  await mkdir(work)
  try {
    // tar strips leading "/" and refuses ".." in entry paths: an archive cannot write outside `work`.
    await extract({ file: path.resolve(file), cwd: work })
    const manifest = parseManifest(await readFile(path.join(work, archivePaths.manifest), 'utf8'))
    const problems = await refusals(manifest, force)
    if (problems.length) throw new Error(`Restore refused:\n– ${problems.join('\n– ')}`)

    const { kind, target } = configuredDatabase()
    const facts = await databaseBackups[kind].restore(path.join(work, archivePaths.database[kind]), target)
    const differences = countDifferences(manifest.database.tables, facts.tables)
    if (differences.length)
      throw new Error(`The restored database differs from the backup:\n– ${differences.join('\n– ')}`)

    await rm(uploadsDir, { recursive: true, force: true })
    if (existsSync(path.join(work, archivePaths.uploads))) await move(path.join(work, archivePaths.uploads), uploadsDir)

    if (manifest.liveRelease) {
      const layout = siteLayout(siteRootDir())
      const release = path.join(layout.releases, manifest.liveRelease)
      // The same id is the same build: an install that still has it keeps its copy.
      if (!existsSync(release)) await move(path.join(work, archivePaths.releases, manifest.liveRelease), release)
      await switchLive(layout, manifest.liveRelease)
    }
    return manifest
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
