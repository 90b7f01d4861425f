/**
 * The feedback pages the CMS renders speak the reader's language with the site's own interface
 * strings (site/src/i18n/<locale>.json): one place for every resident-facing text, German
 * filling any gap exactly as the site build does.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { defaultLocale, getLocale, locales } from '@wir/shared/locales'

import { siteSourceDir } from '../env/sitePaths'

const cache = new Map<string, Record<string, string>>()

function read(code: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(path.join(siteSourceDir(), 'src/i18n', `${code}.json`), 'utf8'))
  } catch {
    return {}
  }
}

/** A known locale code, else German. */
export function readerLocale(code: unknown): string {
  return typeof code === 'string' && locales.some((row) => row.code === code) ? code : defaultLocale
}

export type ReaderStrings = (key: string, params?: Record<string, string | number>) => string

export function readerStrings(locale: string): ReaderStrings {
  const code = getLocale(readerLocale(locale)).code
  let strings = cache.get(code)
  if (!strings) cache.set(code, (strings = { ...read(defaultLocale), ...read(code) }))
  const messages = strings
  return (key, params) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) =>
      params && name in params ? String(params[name]) : match,
    )
}
