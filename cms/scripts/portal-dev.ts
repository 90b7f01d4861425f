/** `pnpm dev`: the admin and the site in watch mode, on the seeded database. */
import { ensureEnv, ports } from './lib/ensureEnv'
import { bin, cmsDir, siteDir } from './lib/paths'
import { startService } from './lib/run'
import { prepareContent } from './lib/steps'
import { snapshotFile } from '../src/env/paths'

ensureEnv()
await prepareContent()
startService(bin.next, ['dev', '--port', String(ports.cms())], {
  cwd: cmsDir,
  env: { NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
  label: 'CMS (dev)',
})
startService(bin.astro, ['dev', '--port', String(ports.site())], {
  cwd: siteDir,
  env: { ASTRO_TELEMETRY_DISABLED: '1', WIR_SNAPSHOT: snapshotFile() },
  label: 'Site (dev)',
})
console.log(
  `Admin: http://localhost:${ports.cms()}/admin · Site: http://localhost:${ports.site()}/ (re-run the export with \`pnpm --filter @wir/cms run export\` to refresh site content)`,
)
