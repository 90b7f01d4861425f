/** `pnpm restore <file> [--force]`: see README "Backup and restore". */
import path from 'node:path'

import { loadEnv } from '../src/env/loadEnv'

loadEnv()
// After loadEnv: the data folder is read from the environment when the module loads.
const { restoreBackup } = await import('../src/backup/restoreBackup')

const args = process.argv.slice(2).filter((arg) => arg !== '--')
const force = args.includes('--force')
const [requested] = args.filter((arg) => !arg.startsWith('--'))
if (!requested) {
  console.error('Usage: pnpm restore <backup.tar.gz> [--force]')
  process.exit(2)
}
// pnpm runs this in cms/; a relative path means where the command was typed.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), requested)
try {
  const manifest = await restoreBackup(file, { force })
  console.log(
    `Restored the backup of ${manifest.createdAt}: ${manifest.database.kind} database ` +
      `(migration ${manifest.database.migration}), ${manifest.uploads.files} uploaded files, ` +
      `live release ${manifest.liveRelease ?? 'none'}.`,
  )
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
