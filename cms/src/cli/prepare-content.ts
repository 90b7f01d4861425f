/**
 * One process for what must happen before the site can be built: apply pending migrations,
 * import the seed content (idempotent), create the first admin from ADMIN_EMAIL/ADMIN_PASSWORD
 * if asked to, and export published content to the snapshot.
 */
import { loadEnv } from '../env/loadEnv'

loadEnv()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seedContent } = await import('../seed/seedContent')
const { ensureAdmin } = await import('../seed/ensureAdmin')
const { buildSnapshotWithFiles } = await import('../export/buildSnapshot')
const { writeSnapshot } = await import('../export/writeSnapshot')
const { snapshotFile } = await import('../env/paths')

const payload = await getPayload({ config })
try {
  await payload.db.migrate()
  const report = await seedContent(payload)
  const created = Object.values(report).reduce((sum, entry) => sum + entry.created, 0)
  payload.logger.info(created ? `Seed: imported ${created} documents.` : 'Seed: content already present, nothing imported.')
  await ensureAdmin(payload)
  const { snapshot, files } = await buildSnapshotWithFiles(payload)
  await writeSnapshot(snapshot, snapshotFile(), files)
  payload.logger.info(`Snapshot: ${snapshot.measures.length} measures, ${snapshot.pages.length} pages → ${snapshotFile()}`)
} finally {
  await payload.destroy()
}
process.exit(0)
