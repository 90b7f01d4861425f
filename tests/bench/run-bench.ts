/**
 * `pnpm bench`: figures for the seed content on this machine, printed, never asserted.
 * Full pipeline on a fresh database: migrations + seed + export, then the export alone, then the
 * static site build including pagefind; page count and per-page weight (HTML+CSS+JS, gzip);
 * a release through the publish pipeline, and publish-to-live for a one-document change.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { measurePages, median } from './page-weight'
import { firstQueries, indexSizes } from './search-figures'
import { repoRoot } from '../scripts/e2e-environment'

const work = mkdtempSync(path.join(os.tmpdir(), 'wir-bench-'))
const env = {
  ...process.env,
  PAYLOAD_SECRET: 'bench-secret',
  WIR_DATA_DIR: path.join(work, 'data'),
  DATABASE_URI: `file:${path.join(work, 'data/wir.db')}`,
  WIR_SNAPSHOT: path.join(work, 'data/snapshot.json'),
  WIR_SITE_OUT_DIR: path.join(work, 'site'),
  WIR_SITE_DIR: path.join(work, 'data/site'),
  // Its own, empty Open Graph card cache: the first build is a cold one.
  WIR_OG_CACHE_DIR: path.join(work, 'og-cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
}

function timed(label: string, command: string, args: string[], cwd: string): number {
  const started = performance.now()
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error(`${label} failed`)
  return (performance.now() - started) / 1000
}

function dirSize(dir: string): { bytes: number; files: number } {
  return readdirSync(dir).reduce(
    (total, name) => {
      const full = path.join(dir, name)
      const stat = statSync(full)
      const inner = stat.isDirectory() ? dirSize(full) : { bytes: stat.size, files: 1 }
      return { bytes: total.bytes + inner.bytes, files: total.files + inner.files }
    },
    { bytes: 0, files: 0 },
  )
}

const tsx = path.join(repoRoot, 'cms/node_modules/.bin/tsx')
const astro = path.join(repoRoot, 'site/node_modules/.bin/astro')
const cmsDir = path.join(repoRoot, 'cms')
try {
  const firstRun = timed('seed + export', tsx, ['src/cli/prepare-content.ts'], cmsDir)
  const exportOnly = timed('export', tsx, ['src/cli/prepare-content.ts'], cmsDir)
  const siteBuild = timed('site build', astro, ['build'], path.join(repoRoot, 'site'))
  const siteRebuild = timed('site build again', astro, ['build'], path.join(repoRoot, 'site'))
  const firstRelease = timed('first release', tsx, ['src/cli/prepare-content.ts', '--publish'], cmsDir)
  const publish = spawnSync(tsx, [path.join(repoRoot, 'tests/bench/publish-to-live.ts')], {
    cwd: path.join(repoRoot, 'tests'),
    env: { ...env, WIR_RUN_JOBS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (publish.status !== 0) throw new Error('publish-to-live failed')
  const publishToLive = JSON.parse(publish.stdout.toString().trim().split('\n').at(-1)!) as {
    seconds: number[]
    median: number
    delayMs: number
  }
  const pages = measurePages(env.WIR_SITE_OUT_DIR)
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
  const pagefind = dirSize(path.join(env.WIR_SITE_OUT_DIR, 'pagefind'))
  const heaviest = pages.reduce((max, page) => (page.totalGzip > max.totalGzip ? page : max))
  const figures = [
    ['migrate + seed + export (fresh database, incl. Payload start)', `${firstRun.toFixed(1)} s`],
    ['export only (seeded database, incl. Payload start)', `${exportOnly.toFixed(1)} s`],
    ['site build (Astro + sitemap + pagefind), cold', `${siteBuild.toFixed(1)} s`],
    ['site build again (Open Graph cards cached, as on every publish)', `${siteRebuild.toFixed(1)} s`],
    ['full pipeline (seeded DB → live files)', `${(exportOnly + siteBuild).toFixed(1)} s`],
    ['release via pipeline (incl. Payload start, checks, switch)', `${firstRelease.toFixed(1)} s`],
    [
      `publish-to-live, one measure, median of ${publishToLive.seconds.length}`,
      `${publishToLive.median.toFixed(1)} s (${publishToLive.seconds.map((value) => value.toFixed(1)).join(' / ')}; includes ${publishToLive.delayMs / 1000} s queue delay)`,
    ],
    ['HTML pages', String(pages.length)],
    ['page weight HTML+CSS+JS gzip, median', kb(median(pages.map((page) => page.totalGzip)))],
    ['page weight HTML+CSS+JS gzip, max', `${kb(heaviest.totalGzip)} (${heaviest.page})`],
    ['HTML alone gzip, median', kb(median(pages.map((page) => page.htmlGzip)))],
    ['raw (uncompressed) median', kb(median(pages.map((page) => page.totalRaw)))],
    ['pagefind index on disk', `${(pagefind.bytes / 1e6).toFixed(2)} MB in ${pagefind.files} files`],
    [
      'German-only second bundle on disk',
      `${(dirSize(path.join(env.WIR_SITE_OUT_DIR, 'pagefind-de')).bytes / 1e6).toFixed(2)} MB`,
    ],
    [
      'Open Graph images',
      `${dirSize(path.join(env.WIR_SITE_OUT_DIR, 'og')).files} PNG, ${(dirSize(path.join(env.WIR_SITE_OUT_DIR, 'og')).bytes / 1e6).toFixed(2)} MB`,
    ],
    ...indexSizes(path.join(env.WIR_SITE_OUT_DIR, 'pagefind')).map((index) => [
      `  index "${index.language}"`,
      `${kb(index.bytes)} in ${index.files} files, ${index.pages} pages`,
    ]),
  ]
  const queries = await firstQueries(env.WIR_SITE_OUT_DIR, [
    { locale: 'de', term: 'Aufenthalt' },
    { locale: 'en', term: 'education' },
    { locale: 'en', term: '15.3' },
    { locale: 'ar', term: 'Aufenthalt' },
  ])
  for (const query of queries) {
    figures.push([
      `first query ${query.locale} "${query.term}": downloaded, first result`,
      `${kb(query.bytes)} in ${query.requests} requests, ${query.firstResultMs} ms`,
    ])
  }
  const width = Math.max(...figures.map(([label]) => label!.length))
  console.log('\nWIR 2.0 portal benchmark (seed content)')
  for (const [label, value] of figures) console.log(`  ${label!.padEnd(width)}  ${value}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
