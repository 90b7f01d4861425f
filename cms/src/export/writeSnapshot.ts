import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Snapshot } from '@wir/shared/snapshot'

import { writeFormFiles, type FormFileCopy } from './forms'

/** Writes atomically: a reader (a running build) never sees a half-written file. */
export async function writeSnapshot(snapshot: Snapshot, file: string, formFiles: FormFileCopy[] = []): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  // Files first: a build that sees the new snapshot finds every file it names.
  await writeFormFiles(formFiles, file)
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(snapshot))
  await rename(temporary, file)
}
