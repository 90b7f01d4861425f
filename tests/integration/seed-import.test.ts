import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

const countAll = async () =>
  Object.fromEntries(
    await Promise.all(
      (['fields-of-action', 'goals', 'measures', 'offices', 'pages', 'news'] as const).map(async (collection) => [
        collection,
        (await payload.count({ collection })).totalDocs,
      ]),
    ),
  )

describe('seed import', () => {
  test('should import the whole WIR 2.0 content on an empty database', async () => {
    const { seedContent } = await import('@wir/cms/seed')
    const report = await seedContent(payload)
    expect(report.measures).toEqual({ created: 96, existing: 0 })
    expect(await countAll()).toEqual({
      'fields-of-action': 7,
      goals: 39,
      measures: 96,
      offices: 49,
      pages: 14,
      news: 1,
    })
  })

  test('should count 85 measures and 11 recommendations as the strategy does', async () => {
    const kinds: Record<string, number> = {}
    const { docs } = await payload.find({ collection: 'measures', pagination: false, depth: 0 })
    for (const doc of docs) kinds[doc.kind] = (kinds[doc.kind] ?? 0) + 1
    expect(kinds).toEqual({
      measure: 61,
      'measure-eligible-for-funding': 16,
      'postmigrant-working-group': 8,
      recommendation: 11,
    })
  })

  test('should change nothing when it runs again', async () => {
    const { seedContent } = await import('@wir/cms/seed')
    const before = await payload.find({ collection: 'measures', pagination: false, depth: 0, sort: 'id' })
    const report = await seedContent(payload)
    expect(Object.values(report).every((entry) => entry.created === 0)).toBe(true)
    const after = await payload.find({ collection: 'measures', pagination: false, depth: 0, sort: 'id' })
    expect(after.docs.map((doc) => [doc.id, doc.updatedAt])).toEqual(before.docs.map((doc) => [doc.id, doc.updatedAt]))
    expect(await countAll()).toEqual({
      'fields-of-action': 7,
      goals: 39,
      measures: 96,
      offices: 49,
      pages: 14,
      news: 1,
    })
  })

  test('should keep German and English as separate stored locales, without inventing other languages', async () => {
    const { docs } = await payload.find({
      collection: 'pages',
      where: { key: { equals: 'welcome-address' } },
      locale: 'all',
      depth: 0,
    })
    const title = docs[0]?.title as unknown as Record<string, string | null>
    expect(title.de).toBe('Grußwort')
    expect(title.en).toBe('Welcome address')
    expect(title.ar ?? null).toBeNull()
  })

  test('should give English-only measures an admin list title instead of none', async () => {
    const { docs } = await payload.find({
      collection: 'measures',
      where: { key: { equals: 'bildung-m-1' } },
      depth: 0,
      locale: 'de',
    })
    expect(docs[0]?.title ?? null).toBeNull()
    expect(docs[0]?.adminTitle).toBe(
      'Expansion of municipal advisory structures with regard to initial school counselling and school inclusion',
    )
    const page = await payload.find({
      collection: 'pages',
      where: { key: { equals: 'welcome-address' } },
      depth: 0,
      locale: 'de',
    })
    expect(page.docs[0]?.adminTitle).toBe('Grußwort')
  })

  test('should link measures to their responsible offices by code', async () => {
    const { docs } = await payload.find({
      collection: 'measures',
      where: { key: { equals: 'bildung-m-1' } },
      depth: 1,
      locale: 'en',
    })
    const offices = (docs[0]?.offices ?? []) as { code: string }[]
    expect(offices.map((office) => office.code)).toEqual(['40.13'])
  })
})
