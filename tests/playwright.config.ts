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
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: [
    {
      command: `${path.join(repoRoot, 'site/node_modules/.bin/astro')} preview --port ${e2e.sitePort} --host 127.0.0.1`,
      cwd: path.join(repoRoot, 'site'),
      url: `${env.SITE_URL}/`,
      env,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `${path.join(repoRoot, 'cms/node_modules/.bin/next')} start --port ${e2e.cmsPort} --hostname 127.0.0.1`,
      cwd: path.join(repoRoot, 'cms'),
      url: `${env.CMS_URL}/api/users/me`,
      env,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
