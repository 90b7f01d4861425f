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
