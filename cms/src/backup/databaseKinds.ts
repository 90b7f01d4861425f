import { isPostgresUri, sqliteUrl } from '../database/location'
import type { DatabaseFacts, DatabaseKind } from './manifest'
import { dumpPostgres, postgresHasTables, restorePostgres } from './postgresDatabase'
import { dumpSqlite, restoreSqlite, sqliteHasTables } from './sqliteDatabase'

type DatabaseBackup = {
  dump: (target: string, destination: string) => Promise<DatabaseFacts>
  hasTables: (target: string) => Promise<boolean>
  restore: (dump: string, target: string) => Promise<DatabaseFacts>
}

export const databaseBackups: Record<DatabaseKind, DatabaseBackup> = {
  sqlite: { dump: dumpSqlite, hasTables: sqliteHasTables, restore: restoreSqlite },
  postgres: { dump: dumpPostgres, hasTables: postgresHasTables, restore: restorePostgres },
}

/** The database this install uses (DATABASE_URI, else the SQLite file under data/). */
export function configuredDatabase(): { kind: DatabaseKind; target: string } {
  const uri = process.env.DATABASE_URI
  return isPostgresUri(uri) ? { kind: 'postgres', target: uri } : { kind: 'sqlite', target: sqliteUrl(uri) }
}
