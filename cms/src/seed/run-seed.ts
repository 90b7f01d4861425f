import { loadEnv } from '../env/loadEnv'

loadEnv()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seedContent } = await import('./seedContent')

const payload = await getPayload({ config })
const started = performance.now()
const report = await seedContent(payload)
const summary = Object.entries(report).map(
  ([name, { created, existing }]) => `${name}: ${created} new, ${existing} existing`,
)
payload.logger.info(
  `Seed import done in ${((performance.now() - started) / 1000).toFixed(1)} s – ${summary.join('; ')}`,
)
await payload.destroy()
process.exit(0)
