/**
 * `pnpm backup`: database, uploads and the live release in one tar.gz with a manifest. The
 * database is copied first and the files after it, so every file the copied database names is
 * in the archive (uploads are only ever added while the CMS runs; a file deleted in between
 * would be missing, which is why the restore recounts). Safe while the CMS runs.
 */
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { create } from 'tar'

import { dataDir, uploadsDir } from '../database/location'
import { siteRootDir } from '../env/sitePaths'
import { liveDirectory, liveRelease, siteLayout } from '../publishing/releases'
import { configuredDatabase, databaseBackups } from './databaseKinds'
import { archivePaths, type BackupManifest } from './manifest'

function defaultBackupFile(now: Date): string {
  return path.join(dataDir, 'backups', `wir-backup-${now.toISOString().replace(/[:.]/g, '-')}.tar.gz`)
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).length
}

export async function createBackup(options: { file?: string; now?: Date } = {}) {
  const now = options.now ?? new Date()
  const file = path.resolve(options.file ?? defaultBackupFile(now))
  await mkdir(path.dirname(file), { recursive: true })
  const work = await mkdtemp(`${file}.parts-`)
  try {
    const { kind, target } = configuredDatabase()
    const facts = await databaseBackups[kind].dump(target, path.join(work, archivePaths.database[kind]))

    // The files go in through links that tar follows: nothing is copied twice on disk.
    const entries = [archivePaths.manifest, archivePaths.database[kind]]
    if (existsSync(uploadsDir)) {
      await symlink(uploadsDir, path.join(work, archivePaths.uploads))
      entries.push(archivePaths.uploads)
    }
    const layout = siteLayout(siteRootDir())
    const live = liveRelease(layout)
    const liveDir = liveDirectory(layout)
    if (live && liveDir) {
      await mkdir(path.join(work, archivePaths.releases), { recursive: true })
      await symlink(liveDir, path.join(work, archivePaths.releases, live))
      entries.push(path.join(archivePaths.releases, live))
    }
    const manifest: BackupManifest = {
      format: 1,
      createdAt: now.toISOString(),
      database: { kind, ...facts },
      uploads: { files: countFiles(uploadsDir) },
      liveRelease: live && liveDir ? live : null,
    }
    await writeFile(path.join(work, archivePaths.manifest), `${JSON.stringify(manifest, null, 2)}\n`)

    // Written beside the target and renamed: a half-written archive never carries the final name.
    const partial = `${file}.partial`
    await create({ gzip: true, file: partial, cwd: work, follow: true, portable: true }, entries)
    await rename(partial, file)
    return { file, manifest }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
