/** `pnpm backup` / `pnpm restore` on a real SQLite file (see helpers/backupRestoreSuite.ts). */
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { expect } from 'vitest'

import { backupRestoreSuite } from '../helpers/backupRestoreSuite'

const fileOf = (env: Record<string, string>) => env.DATABASE_URI!.slice('file:'.length)

backupRestoreSuite({
  name: 'SQLite',
  emptyDatabase: (targetDir) => `file:${path.join(targetDir, 'wir.db')}`,
  sql: (env, statement) => {
    const database = new DatabaseSync(fileOf(env))
    try {
      const row = database.prepare(statement).get() as Record<string, unknown> | undefined
      return row ? String(Object.values(row)[0]) : ''
    } finally {
      database.close()
    }
  },
  checkRestored: (env) => {
    const database = new DatabaseSync(fileOf(env), { readOnly: true })
    expect(database.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    database.close()
  },
})
