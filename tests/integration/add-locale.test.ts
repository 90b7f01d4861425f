import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, test } from 'vitest'

import { repoRoot, testsDir } from '../scripts/e2e-environment'

const fixture = path.join(testsDir, 'fixtures/extra-locale.json')
const outDir = mkdtempSync(path.join(os.tmpdir(), 'wir-es-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe('adding a language is one row in the locale table', () => {
  test('should give the CMS a new locale from the row alone', async () => {
    process.env.WIR_EXTRA_LOCALES = fixture
    const { localization } = await import('../../cms/src/localization')
    const codes = (localization as { locales: { code: string }[] }).locales.map((locale) => locale.code)
    expect(codes).toContain('es')
    expect(codes.at(-1)).toBe('es')
  })

  test('should build Spanish pages with lang, hreflang, sitemap and language switcher from the row alone', () => {
    const build = spawnSync(path.join(repoRoot, 'site/node_modules/.bin/astro'), ['build'], {
      cwd: path.join(repoRoot, 'site'),
      env: {
        ...process.env,
        WIR_EXTRA_LOCALES: fixture,
        WIR_SNAPSHOT: path.join(testsDir, 'fixtures/snapshot.small.json'),
        WIR_SITE_OUT_DIR: outDir,
        SITE_URL: 'https://wir.example',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
    })
    expect(build.status, build.stderr).toBe(0)
    // No interface strings yet: German ones are used, and the build says so.
    expect(build.stdout + build.stderr).toMatch(/no src\/i18n\/es\.json/)

    const home = readFileSync(path.join(outDir, 'es/index.html'), 'utf8')
    expect(home).toMatch(/<html lang="es" dir="ltr">/)
    expect(home).toContain('<link rel="alternate" hreflang="es" href="https://wir.example/es/">')
    const germanField = readFileSync(path.join(outDir, 'de/handlungsfelder/bildung/index.html'), 'utf8')
    expect(germanField).toMatch(/<a href="\/es\/handlungsfelder\/bildung\/" lang="es" hreflang="es"[^>]*>Español<\/a>/)
    // Nothing is translated into Spanish yet: its document pages exist as marked fallbacks,
    // kept out of search engines until a translation is published.
    const spanishField = readFileSync(path.join(outDir, 'es/handlungsfelder/bildung/index.html'), 'utf8')
    expect(spanishField).toMatch(/<meta name="robots" content="noindex, ?follow">/)
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain('<loc>https://wir.example/es/</loc>')
  }, 120_000)
})
