// drizzle's sql template; both adapters re-export the same drizzle-orm, so it serves PostgreSQL too.
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { otherScanLanguage } from '@wir/shared/beacon'

/** One row of form-scan-counts: the day's count of one form in one requested language. */
export type ScanKey = { code: string; day: string; language: string }

/**
 * At most this many languages get their own row per form and day; scans in further languages
 * count as "other". Anyone can post to the beacon, and 150 invented (but registered) tags must
 * not make 150 rows. Real scans of one form in one day come in a handful of languages.
 */
export const maxLanguagesPerFormAndDay = 30

type Statement = ReturnType<typeof sql>

/** What both Payload SQL adapters (SQLite and PostgreSQL) offer beyond the generic adapter. */
type SqlAdapter = {
  name: string
  drizzle: { transaction: <T>(run: (tx: unknown) => Promise<T>) => Promise<T> }
  execute: (args: { db?: unknown; drizzle: unknown; sql: Statement }) => Promise<{ rows: unknown[] }>
}

const table = sql.identifier('form_scan_counts')
const column = (name: string) => sql.identifier(name)
const matches = ({ code, day, language }: ScanKey) =>
  sql`${column('code')} = ${code} and ${column('day')} = ${day} and ${column('language')} = ${language}`

/**
 * Adds one scan, atomically on SQLite and PostgreSQL: Payload's find-then-update would lose one
 * of two scans that arrive together. The count is raised in the database (count = count + 1);
 * only the day's first scan of a form and language inserts the row, and a scan that finds the
 * row created in between counts on it. No unique index is needed (the data model stays as it is).
 */
export async function countScan(payload: Payload, key: ScanKey): Promise<void> {
  const db = payload.db as unknown as SqlAdapter
  if (await increment(db, key)) return
  if (await insertFirst(db, key)) return
  if (await increment(db, key)) return
  // No row and none inserted: the form has its day's number of languages; count as "other".
  if (key.language !== otherScanLanguage) return countScan(payload, { ...key, language: otherScanLanguage })
  throw new Error(`form-scan-counts: no row for ${key.code}/${key.day}/${key.language} after inserting it`)
}

async function increment(db: SqlAdapter, key: ScanKey): Promise<boolean> {
  const { rows } = await db.execute({
    drizzle: db.drizzle,
    sql: sql`update ${table} set ${column('count')} = ${column('count')} + 1, ${column('updated_at')} = ${new Date().toISOString()}
      where ${matches(key)} returning ${column('id')}`,
  })
  return rows.length > 0
}

/**
 * Inserts the row with count 1 unless it exists or the form has its day's number of languages;
 * false when another scan was first or the limit is reached.
 */
async function insertFirst(db: SqlAdapter, key: ScanKey): Promise<boolean> {
  const belowLimit =
    key.language === otherScanLanguage
      ? sql`1 = 1`
      : sql`(select count(*) from ${table} where ${column('code')} = ${key.code} and ${column('day')} = ${key.day}
          and ${column('language')} <> ${otherScanLanguage}) < ${maxLanguagesPerFormAndDay}`
  // Timestamps from the columns' defaults, which are right for each database.
  const insert = sql`insert into ${table} (${column('code')}, ${column('day')}, ${column('language')}, ${column('count')})
    select ${key.code}, ${key.day}, ${key.language}, 1
    where not exists (select 1 from ${table} where ${matches(key)}) and ${belowLimit} returning ${column('id')}`
  // SQLite runs one writing statement at a time, so the check and the insert cannot interleave.
  // PostgreSQL can (read committed): a transaction lock per form and day makes a second inserter
  // wait and then see the first one's row (and count it towards the day's languages).
  if (db.name !== 'postgres') return (await db.execute({ drizzle: db.drizzle, sql: insert })).rows.length > 0
  return db.drizzle.transaction(async (tx) => {
    await db.execute({
      db: tx,
      drizzle: db.drizzle,
      sql: sql`select pg_advisory_xact_lock(hashtext(${`form-scan-counts:${key.code}:${key.day}`}))`,
    })
    return (await db.execute({ db: tx, drizzle: db.drizzle, sql: insert })).rows.length > 0
  })
}
