import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * A real Payload on a real, fresh SQLite file (or the PostgreSQL in DATABASE_URI), with the
 * project's migrations applied. Must run before anything imports the CMS config.
 */
export async function bootPayload(): Promise<{ payload: Payload; dataDir: string; cleanup: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wir-int-'))
  process.env.PAYLOAD_SECRET ||= 'integration-test-secret'
  process.env.WIR_DATA_DIR = dataDir
  if (!process.env.DATABASE_URI?.startsWith('postgres'))
    process.env.DATABASE_URI = `file:${path.join(dataDir, 'wir.db')}`
  const { getPayload } = await import('payload')
  const { default: config } = await import('@wir/cms/config')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  return {
    payload,
    dataDir,
    cleanup: async () => {
      await payload.destroy()
      // payload.destroy() leaves the PostgreSQL pool open; its idle clients would error out
      // when the test server stops.
      await (payload.db as { pool?: { end: () => Promise<void> } }).pool?.end()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
