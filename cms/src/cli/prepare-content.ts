/**
 * One process for what must happen before the site can be built: apply pending migrations,
 * import the seed content (idempotent), create the first admin from ADMIN_EMAIL/ADMIN_PASSWORD
 * if asked to, and export published content to the snapshot. With `--publish`, also build the
 * site and switch it live through the same pipeline the CMS's build queue runs.
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
  payload.logger.info(
    created ? `Seed: imported ${created} documents.` : 'Seed: content already present, nothing imported.',
  )
  await ensureAdmin(payload)
  const { snapshot, files } = await buildSnapshotWithFiles(payload)
  await writeSnapshot(snapshot, snapshotFile(), files)
  payload.logger.info(
    `Snapshot: ${snapshot.measures.length} measures, ${snapshot.pages.length} pages → ${snapshotFile()}`,
  )
  if (process.argv.includes('--publish')) {
    const { runSiteBuild } = await import('../publishing/runSiteBuild')
    const result = await runSiteBuild(payload, { reason: 'Start des Portals', triggeredBy: 'System' })
    if (result.status === 'failed') {
      process.exitCode = 1
    }
  }
} finally {
  await payload.destroy()
}
process.exit(process.exitCode ?? 0)
