/**
 * Every string @payloadcms/plugin-redirects asks the admin for exists in German: the keys come
 * from the installed plugin, so a plugin update that adds one fails here.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { repoRoot } from '../scripts/e2e-environment'

const fromCms = createRequire(path.join(repoRoot, 'cms/package.json'))
const pluginEntry = fromCms.resolve('@payloadcms/plugin-redirects')

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return jsFiles(full)
    return entry.name.endsWith('.js') ? [full] : []
  })
}

/** The keys the plugin's code looks up (t('plugin-redirects:…')) and the keys it ships strings for. */
async function pluginKeys(): Promise<string[]> {
  const referenced = jsFiles(path.dirname(pluginEntry)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/["'`]plugin-redirects:([A-Za-z0-9_]+)["'`]/g)].map((match) => match[1]!),
  )
  const { redirectsTranslations } = (await import(pathToFileURL(pluginEntry).href)) as {
    redirectsTranslations: { en: { 'plugin-redirects': Record<string, string> } }
  }
  return [...new Set([...referenced, ...Object.keys(redirectsTranslations.en['plugin-redirects'])])].sort()
}

let dataDir: string
let translate: (language: 'de' | 'en', key: string) => Promise<string>

beforeAll(async () => {
  // Loading the config creates the database adapter (not a connection): keep it off cms/data.
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'wir-i18n-'))
  process.env.PAYLOAD_SECRET ||= 'unit-test-secret'
  process.env.WIR_DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'wir.db')}`
  const config = await (await import('@wir/cms/config')).default
  const { initI18n } = (await import(
    pathToFileURL(fromCms.resolve('@payloadcms/translations')).href
  )) as typeof import('@payloadcms/translations')
  translate = async (language, key) =>
    (await initI18n({ config: config.i18n, language, context: 'client' })).t(key as never)
  // Importing the whole Payload config takes seconds, and well over vitest's default 10 s while
  // the unit files run in parallel on a busy machine (it timed out there): a setup limit, not an assertion.
}, 60_000)
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

test('should find the plugin-redirects keys in the installed plugin', async () => {
  // The plugin's labels: from, to (type, internal link, custom URL, document) and redirect type.
  expect((await pluginKeys()).length).toBeGreaterThanOrEqual(6)
})

test('should have a German and an English admin string for every plugin-redirects key', async () => {
  const missing: string[] = []
  for (const key of await pluginKeys()) {
    for (const language of ['de', 'en'] as const) {
      const text = await translate(language, `plugin-redirects:${key}`)
      if (!text.trim() || text === `plugin-redirects:${key}`) missing.push(`${language}: ${key}`)
    }
  }
  expect(missing).toEqual([])
})
