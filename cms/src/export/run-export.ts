import { loadEnv } from '../env/loadEnv'

loadEnv()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { buildSnapshotWithFiles } = await import('./buildSnapshot')
const { writeSnapshot } = await import('./writeSnapshot')
const { snapshotFile } = await import('../env/paths')

const payload = await getPayload({ config })
const started = performance.now()
const { snapshot, files } = await buildSnapshotWithFiles(payload)
const file = snapshotFile()
await writeSnapshot(snapshot, file, files)
payload.logger.info(
  `Exported ${snapshot.measures.length} measures, ${snapshot.fieldsOfAction.length} fields of action, ${snapshot.offices.length} offices, ` +
    `${snapshot.pages.length} pages, ${snapshot.news.length} news to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
await payload.destroy()
process.exit(0)
