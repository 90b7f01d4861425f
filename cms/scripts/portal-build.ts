/** `pnpm build`: database (seeded if new) → snapshot export → static site with search index in site/dist. */
import { ensureEnv } from './lib/ensureEnv'
import { buildSite, prepareContent } from './lib/steps'

ensureEnv()
const started = performance.now()
await prepareContent()
await buildSite()
console.log(`Portal built in ${((performance.now() - started) / 1000).toFixed(1)} s: site/dist`)
