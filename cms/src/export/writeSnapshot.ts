import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Snapshot } from '@wir/shared/snapshot'

/** Writes atomically: a reader (a running build) never sees a half-written file. */
export async function writeSnapshot(snapshot: Snapshot, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(snapshot))
  await rename(temporary, file)
}
