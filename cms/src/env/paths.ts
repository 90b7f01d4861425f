import path from 'node:path'

import { dataDir } from '../database/location'

/** The snapshot the export writes and the site reads (WIR_SNAPSHOT overrides). */
export function snapshotFile(): string {
  return path.resolve(process.env.WIR_SNAPSHOT || path.join(dataDir, 'snapshot.json'))
}
