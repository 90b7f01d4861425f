/**
 * Scan counts on a real SQLite file: scans that arrive at the same moment are all counted, in
 * one row per form, day and language (tests/integration/postgres.test.ts does the same on
 * PostgreSQL).
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { postScansAtOnce, publishedFormCode, raceForFirstScan, storedScans } from '../helpers/scanBeacons'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

test('should count 50 simultaneous scans of one form as 50, in one row per day and language', async () => {
  const code = await publishedFormCode(payload)
  // First wave: nobody has scanned today, so every scan races to create the row.
  expect(new Set(await postScansAtOnce(code, [...Array(50).fill('ar-EG'), ...Array(20).fill('ti')]))).toEqual(
    new Set([204]),
  )
  await expectStored(code, 'ar', 50)
  await expectStored(code, 'ti', 20)
  // Second wave: the row exists, so every scan races to raise the same count.
  await postScansAtOnce(code, Array(50).fill('ar'))
  await expectStored(code, 'ar', 100)
})

async function expectStored(code: string, language: string, scans: number) {
  const stored = await storedScans(payload, code, language)
  expect(stored.total, language).toBe(scans)
  // A run across midnight (UTC) may split the scans over two days, never over two rows of one day.
  expect(
    stored.rowsPerDay.every((rows) => rows === 1),
    `${language}: rows per day ${stored.rowsPerDay}`,
  ).toBe(true)
}

test('should create one row when the first scans of a day arrive together', async () => {
  expect(await raceForFirstScan(payload, 100, 10)).toEqual([])
})

test('should ignore a scan of an unknown form', async () => {
  expect(await postScansAtOnce('XXXXX', ['de'])).toEqual([204])
  expect(await storedScans(payload, 'XXXXX', 'de')).toEqual({ total: 0, rowsPerDay: [] })
})

/** Every stored row of one form: language → count. */
async function rowsOf(code: string): Promise<Map<string, number>> {
  const { docs } = await payload.find({
    collection: 'form-scan-counts',
    where: { code: { equals: code } },
    pagination: false,
    depth: 0,
  })
  const rows = new Map<string, number>()
  for (const row of docs) rows.set(row.language, (rows.get(row.language) ?? 0) + Number(row.count))
  return rows
}

test('should count invented language tags as "other", never as languages of their own', async () => {
  const code = await publishedFormCode(payload)
  const invented = ['zz', 'qqq', 'x-foo', 'i-klingon', 'de-DE-', '<script>', 'und', 'mul', '', 'en_GB', ' ar-EG ']
  invented.push(...Array.from({ length: 150 }, (_, index) => `q${index.toString(36).padStart(2, 'q')}-zz`))
  await postScansAtOnce(code, invented)
  // Only the real ones (en_GB as sent by some non-browser clients, ar-EG with spaces) are languages.
  expect(Object.fromEntries(await rowsOf(code))).toEqual({ und: invented.length - 2, en: 1, ar: 1 })
})

test('should keep at most 30 languages per form and day, and count further ones as "other"', async () => {
  const { primaryLanguage } = await import('../../cms/src/collections/FormScanCounts/beacon')
  const { maxLanguagesPerFormAndDay } = await import('../../cms/src/collections/FormScanCounts/countScan')
  // 150 registered three-letter languages (ISO 639-3 "baa"…), each scanned once, all at once.
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const registered = [...letters]
    .flatMap((second) => [...letters].map((third) => `b${second}${third}`))
    .filter((tag) => primaryLanguage(tag) === tag)
    .slice(0, 150)
  expect(registered).toHaveLength(150)
  const code = await publishedFormCode(payload)
  await postScansAtOnce(code, registered)
  const rows = await rowsOf(code)
  expect(maxLanguagesPerFormAndDay).toBe(30)
  expect(rows.size).toBe(maxLanguagesPerFormAndDay + 1)
  expect(rows.get('und')).toBe(150 - maxLanguagesPerFormAndDay)
  expect([...rows.values()].reduce((sum, count) => sum + count, 0)).toBe(150)
  console.info(`scan beacon: 150 registered languages → ${rows.size} rows (cap ${maxLanguagesPerFormAndDay} + other)`)
})
