/**
 * `pnpm start`, the main job: database with the seeded content, the editors' admin (German),
 * and the public static site built from it and served.
 */
import { ensureEnv, ports } from './lib/ensureEnv'
import { bin, cmsDir, siteDir } from './lib/paths'
import { startService } from './lib/run'
import { buildAdminIfChanged, buildSite, prepareContent } from './lib/steps'

ensureEnv()
await prepareContent()
await buildSite()
await buildAdminIfChanged()

const cmsPort = ports.cms()
const sitePort = ports.site()
startService(bin.next, ['start', '--port', String(cmsPort)], { cwd: cmsDir, env: { NEXT_TELEMETRY_DISABLED: '1' }, label: 'CMS' })
startService(bin.astro, ['preview', '--port', String(sitePort), '--host', '127.0.0.1'], { cwd: siteDir, env: { ASTRO_TELEMETRY_DISABLED: '1' }, label: 'Site server' })

console.log(`
  WIR 2.0 portal is running
  ─ Redaktion (CMS admin): http://localhost:${cmsPort}/admin
  ─ Public site:           http://localhost:${sitePort}/
  Press Ctrl+C to stop.
`)
