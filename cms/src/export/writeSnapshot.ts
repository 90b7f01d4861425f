import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { snapshotFolders } from '@wir/shared/exportLayout'
import type { Snapshot } from '@wir/shared/snapshot'

import { writeFormFiles, type FormFileCopy } from './forms'
import { writeMediaFiles, type MediaFileCopy } from './images'
import { writeVideoFiles, type VideoFileCopy } from './videos'

/** Files the snapshot names, copied beside it (the folders of shared/src/exportLayout.ts). */
export type SnapshotFiles = { forms?: FormFileCopy[]; media?: MediaFileCopy[]; videos?: VideoFileCopy[] }

/** Writes atomically: a reader (a running build) never sees a half-written file. */
export async function writeSnapshot(snapshot: Snapshot, file: string, files: SnapshotFiles = {}): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  // Files first: a build that sees the new snapshot finds every file it names.
  await writeFormFiles(files.forms ?? [], file)
  await writeMediaFiles(files.media ?? [], file)
  await writeVideoFiles(files.videos ?? [], file)
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(snapshot))
  await rename(temporary, file)
}

/** Copies a written snapshot with the files beside it (the build pipeline's snapshot → the shared one). */
export async function copySnapshot(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true })
  for (const dir of Object.values(snapshotFolders)) {
    await rm(path.join(path.dirname(to), dir), { recursive: true, force: true })
    await cp(path.join(path.dirname(from), dir), path.join(path.dirname(to), dir), { recursive: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      },
    )
  }
  const temporary = `${to}.${process.pid}.tmp`
  await writeFile(temporary, await readFile(from))
  await rename(temporary, to)
}
