/**
 * Publish-to-live for a one-document change on the seed content, as an editor experiences it:
 * from "publish" (Local API, as the admin does) until the served file of that page shows the
 * change — queue delay, runner tick, export, Astro build with pagefind, checks and switch.
 * Runs in its own process with the build queue's runner on (WIR_RUN_JOBS=1), on the database
 * and releases the bench prepared. Prints one JSON line.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { median } from './page-weight'

const rounds = Number(process.env.BENCH_ROUNDS || 3)
const { getPayload } = await import('payload')
const { default: config } = await import('@wir/cms/config')
// cron: true starts the queue's runner in this process (as the admin's requests do in Next).
const payload = await getPayload({ config, cron: true })
const measure = (
  await payload.find({
    collection: 'measures',
    limit: 1,
    depth: 0,
    sort: 'order',
    where: { _status: { equals: 'published' } },
  })
).docs[0]!
const file = path.join(process.env.WIR_SITE_DIR!, 'live/en/massnahmen', measure.slug as string, 'index.html')

const seconds: number[] = []
for (let round = 1; round <= rounds; round++) {
  const text = `Bench contact ${round} ${Date.now()}`
  const started = performance.now()
  await payload.update({
    collection: 'measures',
    id: measure.id,
    locale: 'en',
    data: { contactText: text, _status: 'published' } as never,
  })
  while (!(existsSync(file) && readFileSync(file, 'utf8').includes(text))) {
    if (performance.now() - started > 300_000) throw new Error('change did not go live within 5 minutes')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  seconds.push((performance.now() - started) / 1000)
}
console.log(
  JSON.stringify({ seconds, median: median(seconds), delayMs: Number(process.env.WIR_BUILD_DELAY_MS ?? 3000) }),
)
await payload.destroy()
process.exit(0)
