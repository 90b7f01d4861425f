import path from 'node:path'

import { defineConfig, devices } from '@playwright/test'

import { e2e, e2eEnv, repoRoot } from './scripts/e2e-environment'

const env = e2eEnv()

/**
 * Playwright cannot download browsers on this machine class: Debian's chromium, with the
 * flags that keep it off the (closed) network. The portal is built beforehand by
 * scripts/run-all-tests.ts; here it is only served.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './.tmp/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: {
    baseURL: env.SITE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      // The portal's own site server, serving the live release the build queue switches.
      command: `${path.join(repoRoot, 'cms/node_modules/.bin/tsx')} scripts/serve/serve-site.ts`,
      cwd: path.join(repoRoot, 'cms'),
      url: `${env.SITE_URL}/`,
      env: { ...env, SITE_PORT: String(e2e.sitePort) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `${path.join(repoRoot, 'cms/node_modules/.bin/next')} start --port ${e2e.cmsPort} --hostname 127.0.0.1`,
      cwd: path.join(repoRoot, 'cms'),
      // The server starts Payload and the build queue itself (cms/src/instrumentation.ts,
      // WIR_RUN_JOBS); an API route answers once it has.
      url: `${env.CMS_URL}/api/users/me`,
      env: { ...env, WIR_RUN_JOBS: '1' },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
