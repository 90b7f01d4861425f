import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from 'vitest'

import { locales } from '@wir/shared/locales'

import { repoRoot } from '../scripts/e2e-environment'

const i18nDir = path.join(repoRoot, 'site/src/i18n')
const read = (code: string) =>
  JSON.parse(readFileSync(path.join(i18nDir, `${code}.json`), 'utf8')) as Record<string, string>
const german = read('de')

describe('interface strings', () => {
  test.each(locales.map((row) => row.code))('%s should have a file with exactly the German keys', (code) => {
    expect(existsSync(path.join(i18nDir, `${code}.json`))).toBe(true)
    expect(Object.keys(read(code)).sort()).toEqual(Object.keys(german).sort())
  })

  test.each(locales.map((row) => row.code))('%s should have no empty string and keep every placeholder', (code) => {
    const strings = read(code)
    for (const [key, value] of Object.entries(strings)) {
      expect(value.trim(), `${code}: ${key}`).not.toBe('')
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
      expect(placeholders(value), `${code}: ${key}`).toEqual(placeholders(german[key] ?? ''))
    }
  })

  test('should mark every translation not checked by a person as needing review', () => {
    for (const row of locales) {
      const marker = read(row.code)['_meta.review']
      expect(marker === 'reviewed' || marker?.startsWith('needs-review'), row.code).toBe(true)
    }
    expect(read('ar')['_meta.review']).toMatch(/^needs-review/)
  })
})
