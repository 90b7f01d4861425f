/**
 * SQLite backup while the CMS writes: `VACUUM INTO` copies the database inside one read
 * transaction, so the copy is one committed state (WAL lets writers go on meanwhile). Copying the
 * file with cp would catch pages of different transactions, and miss what is still in the -wal file.
 */
import { existsSync } from 'node:fs'
import { copyFile, rename, rm } from 'node:fs/promises'

import { createClient, type Client } from '@libsql/client'

import { sqliteFile } from '../database/location'
import type { DatabaseFacts } from './manifest'

async function withClient<T>(file: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA busy_timeout = 5000')
    return await work(client)
  } finally {
    client.close()
  }
}

async function tableNames(client: Client): Promise<string[]> {
  const result = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  return result.rows.map((row) => String(row.name))
}

async function sqliteFacts(file: string): Promise<DatabaseFacts> {
  return withClient(file, async (client) => {
    const tables: Record<string, number> = {}
    for (const name of await tableNames(client)) {
      const result = await client.execute(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`)
      tables[name] = Number(result.rows[0]!.n)
    }
    const migration = tables.payload_migrations
      ? await client.execute('SELECT name FROM payload_migrations ORDER BY name DESC LIMIT 1')
      : undefined
    return { migration: migration?.rows[0] ? String(migration.rows[0].name) : null, tables }
  })
}

function fileOf(url: string): string {
  const file = sqliteFile(url)
  if (!file) throw new Error(`Only a SQLite file can be backed up or restored here, not ${url.split(':')[0]}:…`)
  return file
}

/** Writes a consistent copy of the live database to `destination` and checks it. */
export async function dumpSqlite(url: string, destination: string): Promise<DatabaseFacts> {
  const source = fileOf(url)
  if (!existsSync(source)) throw new Error(`There is no database at ${source}.`)
  await withClient(source, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [destination] }))
  await withClient(destination, async (client) => {
    const check = await client.execute('PRAGMA integrity_check')
    const verdict = check.rows.map((row) => String(row.integrity_check)).join('; ')
    if (verdict !== 'ok') throw new Error(`The database copy failed its integrity check: ${verdict}`)
  })
  return sqliteFacts(destination)
}

/** Whether the target database holds any table (a fresh install has no file or an empty one). */
export async function sqliteHasTables(url: string): Promise<boolean> {
  const file = fileOf(url)
  if (!existsSync(file)) return false
  return withClient(file, async (client) => (await tableNames(client)).length > 0)
}

/** Puts the backup's database in place of the target file (the CMS must not be running). */
export async function restoreSqlite(dump: string, url: string): Promise<DatabaseFacts> {
  const target = fileOf(url)
  const incoming = `${target}.restoring`
  await copyFile(dump, incoming)
  // A WAL left from the old database would be replayed onto the new one.
  for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${target}${suffix}`, { force: true })
  await rename(incoming, target)
  return sqliteFacts(target)
}
