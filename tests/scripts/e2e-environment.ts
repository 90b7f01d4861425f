import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const testsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoRoot = path.resolve(testsDir, '..')
const tmp = path.join(testsDir, '.tmp')

/**
 * The end-to-end portal: its own SQLite file, snapshot and site output under tests/.tmp, so a
 * test run never touches the developer's database or the site `pnpm start` serves.
 */
export const e2e = {
  dataDir: path.join(tmp, 'e2e-data'),
  /** Releases and the `live` symlink the site server serves. */
  siteDir: path.join(tmp, 'e2e-data/site'),
  // Overridable so that two checkouts on one machine can run their suites side by side.
  sitePort: Number(process.env.E2E_SITE_PORT || 4399),
  cmsPort: Number(process.env.E2E_CMS_PORT || 3399),
  /** The real SMTP server the feedback spec starts to receive the editors' answers. */
  smtpPort: Number(process.env.E2E_SMTP_PORT || Number(process.env.E2E_CMS_PORT || 3399) + 3),
  admin: { email: 'e2e-admin@example.org', password: 'e2e-admin-password' },
}

export function e2eEnv(): Record<string, string> {
  return {
    PAYLOAD_SECRET: 'e2e-test-secret',
    WIR_DATA_DIR: e2e.dataDir,
    DATABASE_URI: `file:${path.join(e2e.dataDir, 'wir.db')}`,
    WIR_SNAPSHOT: path.join(e2e.dataDir, 'snapshot.json'),
    WIR_SITE_DIR: e2e.siteDir,
    // Publishing in the browser tests waits a second for more changes, not three.
    WIR_BUILD_DELAY_MS: '1000',
    SITE_URL: `http://127.0.0.1:${e2e.sitePort}`,
    CMS_URL: `http://127.0.0.1:${e2e.cmsPort}`,
    ADMIN_EMAIL: e2e.admin.email,
    ADMIN_PASSWORD: e2e.admin.password,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(e2e.smtpPort),
    SMTP_FROM: 'wir-redaktion@example.org',
    // A browser test fills the feedback form faster than a person; the limits themselves are
    // tested in tests/integration/feedback.test.ts.
    WIR_FEEDBACK_MIN_FILL_S: '1',
    WIR_FEEDBACK_RATE_LIMIT: '100',
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
}
