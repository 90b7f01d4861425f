/**
 * `pnpm test`: everything a fresh machine needs, then every test.
 * 1. Debian chromium and zbar-tools (installed when absent)
 * 1b. the code checks itself: `pnpm lint` (prettier, eslint, knip) and `pnpm typecheck` (tsc, astro check)
 * 2. vitest: unit, integration (real SQLite files; PostgreSQL when available) and the attack suite
 *    (tests/security: access matrix, fuzzing, uploads, XSS and drafts through a real site build)
 * 3. the portal built for real into tests/.tmp: migrations, seed, test data, export, admin, site, pagefind (a release)
 * 4. vitest over the built site (sitemap, hreflang, canonical, JSON-LD: tests/dist) and the built
 *    CMS server (its job queue starts with the server: tests/server)
 * 5. playwright in Debian chromium against the served site and the running admin
 * Ends with one summary line "N passed, N failed".
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { buildAdminIfChanged } from '@wir/cms/portal-steps'

import { e2eEnv, repoRoot, testsDir } from './e2e-environment'
import { ensureSystemPackages } from './ensure-system-packages'

const reports = path.join(testsDir, '.tmp/reports')
const bin = (pkgDir: string, name: string) => path.join(repoRoot, pkgDir, 'node_modules/.bin', name)

function step(
  label: string,
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<number> {
  console.log(`\n▶ ${label}`)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

async function must(label: string, command: string, args: string[], cwd: string, env?: Record<string, string>) {
  const code = await step(label, command, args, cwd, env)
  if (code !== 0) throw new Error(`${label} failed with exit code ${code}`)
}

/** The parts of vitest's and playwright's JSON reports that are counted. */
interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  numFailedTestSuites?: number
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number }
}

function counts<Report>(file: string, read: (json: Report) => { passed: number; failed: number }) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')) as Report)
  } catch {
    return { passed: 0, failed: 1 }
  }
}

const started = performance.now()
ensureSystemPackages()
rmSync(path.join(testsDir, '.tmp'), { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

// The pnpm that started this script (`pnpm test`), so the root scripts run exactly as a developer runs them.
const pnpm = process.env.npm_execpath
if (!pnpm) throw new Error('run-all-tests.ts runs through pnpm (`pnpm test`), which names itself in npm_execpath')
const lintCode = await step('code checks: pnpm lint (prettier, eslint, knip)', pnpm, ['run', 'lint'], repoRoot)
const typecheckCode = await step('code checks: pnpm typecheck (tsc, astro check)', pnpm, ['run', 'typecheck'], repoRoot)

const vitestCode = await step(
  'vitest (unit + integration + security)',
  bin('tests', 'vitest'),
  [
    'run',
    '--project',
    'unit',
    '--project',
    'integration',
    '--project',
    'security',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${reports}/vitest.json`,
  ],
  testsDir,
)

const env = e2eEnv()
await must(
  'Portal for end-to-end tests: migrations, seed',
  bin('cms', 'tsx'),
  ['src/cli/prepare-content.ts'],
  path.join(repoRoot, 'cms'),
  env,
)
await must(
  'End-to-end test data: a Turkish translation, a glossary term, a deleted form',
  bin('tests', 'tsx'),
  ['scripts/e2e-fixture-content.ts'],
  testsDir,
  env,
)
await must(
  'Portal for end-to-end tests: export, site + pagefind switched live',
  bin('cms', 'tsx'),
  ['src/cli/prepare-content.ts', '--publish'],
  path.join(repoRoot, 'cms'),
  env,
)
Object.assign(process.env, env)
await buildAdminIfChanged()

const distCode = await step(
  'vitest over the built site and the built CMS server',
  bin('tests', 'vitest'),
  [
    'run',
    '--project',
    'dist',
    '--project',
    'server',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${reports}/vitest-dist.json`,
  ],
  testsDir,
  env,
)

const playwrightCode = await step('playwright (Debian chromium)', bin('tests', 'playwright'), ['test'], testsDir, {
  ...env,
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json`,
})

// Failed suites count only when no test failed (a file that did not load); describe blocks of
// failed tests are suites too and would count twice.
const readVitest = (json: VitestReport) => ({
  passed: json.numPassedTests,
  failed: json.numFailedTests || (json.numFailedTestSuites ?? 0),
})
const vitestRun = counts(`${reports}/vitest.json`, readVitest)
const dist = counts(`${reports}/vitest-dist.json`, readVitest)
const vitest = { passed: vitestRun.passed + dist.passed, failed: vitestRun.failed + dist.failed }
const playwright = counts(`${reports}/playwright.json`, (json: PlaywrightReport) => ({
  passed: json.stats.expected,
  failed: json.stats.unexpected,
}))
const passed = vitest.passed + playwright.passed
const checksFailed = (lintCode !== 0 ? 1 : 0) + (typecheckCode !== 0 ? 1 : 0)
const failed =
  checksFailed +
  vitest.failed +
  playwright.failed +
  (vitestCode !== 0 && vitestRun.failed === 0 ? 1 : 0) +
  (distCode !== 0 && dist.failed === 0 ? 1 : 0) +
  (playwrightCode !== 0 && playwright.failed === 0 ? 1 : 0)
console.log(
  `\ncode checks: ${2 - checksFailed} passed, ${checksFailed} failed · vitest: ${vitestRun.passed} passed, ${vitestRun.failed} failed · built site and server: ${dist.passed} passed, ${dist.failed} failed · playwright: ${playwright.passed} passed, ${playwright.failed} failed · ${((performance.now() - started) / 1000).toFixed(0)} s`,
)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
