import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { isPostgresUri, migrationDirs, sqliteFile, sqliteUrl } from './location'

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
      migrationDir: migrationDirs.postgres,
    })
  }
  const url = sqliteUrl(uri)
  const file = sqliteFile(url)
  // A fresh machine has no data folder yet; SQLite creates the file but not its folder.
  if (file) mkdirSync(path.dirname(file), { recursive: true })
  return sqliteAdapter({
    client: { url },
    push: false,
    // The CMS server and the job runner write to the same file: WAL plus a busy timeout
    // instead of the default 0 ms, which fails at the first concurrent write.
    wal: true,
    busyTimeout: 5000,
    migrationDir: migrationDirs.sqlite,
  })
}
