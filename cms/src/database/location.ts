import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Where the embedded database and other runtime data live (git-ignored). */
export const dataDir = path.resolve(cmsRoot, process.env.WIR_DATA_DIR || 'data')

/** Every upload collection keeps its files below this folder (one subfolder each): backups take it whole. */
export const uploadsDir = path.join(dataDir, 'uploads')

/** Each adapter's migrations, apart: their SQL differs. */
export const migrationDirs = {
  sqlite: path.resolve(cmsRoot, 'src/migrations/sqlite'),
  postgres: path.resolve(cmsRoot, 'src/migrations/postgres'),
}

export function isPostgresUri(uri: string | undefined): uri is string {
  return Boolean(uri && /^postgres(ql)?:\/\//.test(uri))
}

/** The SQLite connection URL: DATABASE_URI when it is not PostgreSQL, else the file under data/. */
export function sqliteUrl(uri = process.env.DATABASE_URI): string {
  return uri || `file:${path.join(dataDir, 'wir.db')}`
}

/** The SQLite database file, or undefined for a non-file URL (libsql server). */
export function sqliteFile(url = sqliteUrl()): string | undefined {
  return url.startsWith('file:') ? path.resolve(url.slice('file:'.length)) : undefined
}
