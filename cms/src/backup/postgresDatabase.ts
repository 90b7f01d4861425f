/**
 * PostgreSQL backup with its own tools: `pg_dump -Fc` and `pg_restore`. The counts in the manifest
 * are read in the very snapshot pg_dump dumps (`pg_export_snapshot` + `--snapshot`), so a restore
 * can check itself against them even while editors kept writing during the backup.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import pg from 'pg'

import type { DatabaseFacts } from './manifest'
import { requirePostgresBin } from './postgresBin'

const run = promisify(execFile)

/** The URI without its password, which goes to the tools in PGPASSWORD instead of the process list. */
function connection(uri: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(uri)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return { dbname: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env }
}

async function withClient<T>(uri: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

async function factsOf(client: pg.Client): Promise<DatabaseFacts> {
  const names = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  const tables: Record<string, number> = {}
  for (const { name } of names.rows) {
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(name)}`)
    tables[name] = Number(result.rows[0]!.n)
  }
  const migration =
    tables.payload_migrations !== undefined
      ? (await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name DESC LIMIT 1')).rows[0]
          ?.name
      : undefined
  return { migration: migration ?? null, tables }
}

async function postgresFacts(uri: string): Promise<DatabaseFacts> {
  return withClient(uri, factsOf)
}

/** pg_dump in custom format, from one exported snapshot that the counts are read in too. */
export async function dumpPostgres(uri: string, destination: string): Promise<DatabaseFacts> {
  const pgDump = requirePostgresBin('pg_dump')
  return withClient(uri, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    try {
      const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot')
      const facts = await factsOf(client)
      const { dbname, env } = connection(uri)
      // The snapshot stays valid only while this transaction is open.
      await run(
        pgDump,
        [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          `--snapshot=${rows[0]!.snapshot}`,
          '--file',
          destination,
          '--dbname',
          dbname,
        ],
        { env },
      )
      return facts
    } finally {
      await client.query('COMMIT')
    }
  })
}

/** Creates the target database on its server (a fresh install); needs the right to connect to `postgres`. */
async function createDatabase(uri: string): Promise<void> {
  const url = new URL(uri)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = '/postgres'
  await withClient(url.toString(), (client) => client.query(`CREATE DATABASE ${quote(name)}`))
}

/** Whether the target database holds any table; a database the server does not have yet is created, empty. */
export async function postgresHasTables(uri: string): Promise<boolean> {
  try {
    return await withClient(uri, async (client) => {
      const result = await client.query(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' LIMIT 1",
      )
      return Boolean(result.rowCount)
    })
  } catch (error) {
    // 3D000 invalid_catalog_name: the database does not exist.
    if ((error as { code?: string }).code !== '3D000') throw error
    await createDatabase(uri)
    return false
  }
}

/** pg_restore in one transaction: a failure leaves the target as it was. */
export async function restorePostgres(dump: string, uri: string): Promise<DatabaseFacts> {
  const replace = await postgresHasTables(uri)
  const { dbname, env } = connection(uri)
  await run(
    requirePostgresBin('pg_restore'),
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      ...(replace ? ['--clean', '--if-exists'] : []),
      '--dbname',
      dbname,
      dump,
    ],
    { env, maxBuffer: 16 * 1024 * 1024 },
  )
  return postgresFacts(uri)
}
