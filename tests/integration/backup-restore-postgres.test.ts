/**
 * `pnpm backup` / `pnpm restore` on a real PostgreSQL server (pg_dump / pg_restore; see
 * helpers/backupRestoreSuite.ts). The restored install gets a database the restore creates.
 */
import { execFileSync } from 'node:child_process'

import { findPostgresBin } from '../../cms/src/backup/postgresBin'
import { backupRestoreSuite } from '../helpers/backupRestoreSuite'
import { startPostgres } from '../helpers/startPostgres'

let serverUri = ''

backupRestoreSuite({
  name: 'PostgreSQL',
  start: async () => {
    const postgres = await startPostgres()
    serverUri = postgres.uri
    process.env.DATABASE_URI = postgres.uri
    return postgres.stop
  },
  emptyDatabase: () => serverUri.replace(/\/[^/]+$/, '/wir_restored'),
  sql: (env, statement) =>
    execFileSync(
      findPostgresBin('psql')!,
      ['--no-psqlrc', '-tA', '-v', 'ON_ERROR_STOP=1', '-d', env.DATABASE_URI!, '-c', statement],
      {
        encoding: 'utf8',
      },
    )
      .split('\n')[0]!
      .replace(/^UPDATE \d+$/, ''),
})
