/**
 * `pnpm start`, the main job: database with the seeded content, the editors' admin (German)
 * with its build queue, and the public site: built, switched live and served.
 */
import { ensureEnv, ports } from './lib/ensureEnv'
import { bin, cmsDir } from './lib/paths'
import { startService } from './lib/run'
import { buildAdminIfChanged, prepareAndPublish } from './lib/steps'

ensureEnv()
await prepareAndPublish()
await buildAdminIfChanged()

const cmsPort = ports.cms()
const sitePort = ports.site()
// The CMS process runs the build queue and scheduled publishing (jobs.autoRun, see cms/src/jobs).
startService(bin.next, ['start', '--port', String(cmsPort)], {
  cwd: cmsDir,
  env: { NEXT_TELEMETRY_DISABLED: '1', WIR_RUN_JOBS: '1' },
  label: 'CMS',
})
startService(bin.tsx, ['scripts/serve/serve-site.ts'], {
  cwd: cmsDir,
  env: { SITE_PORT: String(sitePort) },
  label: 'Site server',
})

// The CMS starts Payload and its job queue by itself (cms/src/instrumentation.ts); this only waits
// until it answers, so that the addresses below work when they are printed. An API route, not
// an admin page: a page would start the queue too and hide a CMS that failed to start it alone.
for (let attempt = 0; attempt < 120; attempt++) {
  const ready = await fetch(`http://127.0.0.1:${cmsPort}/api/users/me`).then(
    (response) => response.ok,
    () => false,
  )
  if (ready) break
  await new Promise((resolve) => setTimeout(resolve, 500))
}

console.log(`
  WIR 2.0 portal is running
  ─ Redaktion (CMS admin): http://localhost:${cmsPort}/admin
  ─ Publishing status:     http://localhost:${cmsPort}/admin/veroeffentlichung
  ─ Public site:           http://localhost:${sitePort}/
  Press Ctrl+C to stop.
`)
