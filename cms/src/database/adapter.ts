import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Where the embedded database and other runtime data live (git-ignored). */
export const dataDir = path.resolve(cmsRoot, process.env.WIR_DATA_DIR || 'data')

export function isPostgresUri(uri: string | undefined): uri is string {
  return Boolean(uri && /^postgres(ql)?:\/\//.test(uri))
}

/**
 * SQLite (a file under data/) unless DATABASE_URI names PostgreSQL. Each adapter keeps its own
 * migrations: their SQL differs. Schema changes always go through migrations, never `push`.
 */
export function databaseAdapter() {
  const uri = process.env.DATABASE_URI
  if (isPostgresUri(uri)) {
    return postgresAdapter({
      pool: { connectionString: uri },
      push: false,
      migrationDir: path.resolve(cmsRoot, 'src/migrations/postgres'),
    })
  }
  const url = uri || `file:${path.join(dataDir, 'wir.db')}`
  // A fresh machine has no data folder yet; SQLite creates the file but not its folder.
  if (url.startsWith('file:')) mkdirSync(path.dirname(url.slice('file:'.length)), { recursive: true })
  return sqliteAdapter({
    client: { url },
    push: false,
    // The CMS server and the job runner write to the same file: WAL plus a busy timeout
    // instead of the default 0 ms, which fails at the first concurrent write.
    wal: true,
    busyTimeout: 5000,
    migrationDir: path.resolve(cmsRoot, 'src/migrations/sqlite'),
  })
}
