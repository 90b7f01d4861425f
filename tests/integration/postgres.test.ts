import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { startPostgres } from '../helpers/startPostgres'

let payload: Payload
let cleanup: (() => Promise<void>) | undefined
let stopPostgres: (() => void) | undefined

beforeAll(async () => {
  const postgres = await startPostgres()
  stopPostgres = postgres.stop
  process.env.DATABASE_URI = postgres.uri
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => {
  await cleanup?.()
  stopPostgres?.()
})

describe('on PostgreSQL (DATABASE_URI=postgres://…)', () => {
  test('should run the PostgreSQL migrations and import the seed content idempotently', async () => {
    expect(payload.db.name).toBe('postgres')
    const { seedContent } = await import('@wir/cms/seed')
    const first = await seedContent(payload)
    expect(first.measures.created).toBe(96)
    const second = await seedContent(payload)
    expect(Object.values(second).every((entry) => entry.created === 0)).toBe(true)
  })

  test('should export the same published content as SQLite, drafts excluded', async () => {
    const { buildSnapshot } = await import('@wir/cms/export')
    const field = await payload.find({ collection: 'fields-of-action', limit: 1, depth: 0 })
    await payload.create({
      collection: 'measures',
      locale: 'de',
      draft: true,
      data: { title: 'Entwurf auf PostgreSQL', fieldOfAction: field.docs[0]!.id, kind: 'measure', number: 1, order: 1, _status: 'draft' },
    })
    const snapshot = await buildSnapshot(payload)
    expect(snapshot.measures).toHaveLength(96)
    expect(snapshot.offices).toHaveLength(49)
    expect(JSON.stringify(snapshot)).not.toContain('Entwurf auf PostgreSQL')
  })
})
