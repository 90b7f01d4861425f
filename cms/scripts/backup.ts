/** `pnpm backup [file]`: see README "Backup and restore". */
import path from 'node:path'

import { loadEnv } from '../src/env/loadEnv'

loadEnv()
// After loadEnv: the data folder is read from the environment when the module loads.
const { createBackup } = await import('../src/backup/createBackup')

// pnpm runs this in cms/; a relative path means where the command was typed.
const [requested] = process.argv.slice(2).filter((arg) => arg !== '--')
const file = requested ? path.resolve(process.env.INIT_CWD ?? process.cwd(), requested) : undefined
const started = performance.now()
const { file: written, manifest } = await createBackup({ file })
const rows = Object.values(manifest.database.tables).reduce((sum, count) => sum + count, 0)
console.log(
  `Backup written to ${written} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${manifest.database.kind} database (${rows} rows, migration ${manifest.database.migration}), ` +
    `${manifest.uploads.files} uploaded files, live release ${manifest.liveRelease ?? 'none'}.`,
)
