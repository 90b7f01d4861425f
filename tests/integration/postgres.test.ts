import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { postScansAtOnce, publishedFormCode, raceForFirstScan, storedScans } from '../helpers/scanBeacons'
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
      data: {
        title: 'Entwurf auf PostgreSQL',
        fieldOfAction: field.docs[0]!.id,
        kind: 'measure',
        number: 1,
        order: 1,
        _status: 'draft',
      },
    })
    const snapshot = await buildSnapshot(payload)
    expect(snapshot.measures).toHaveLength(96)
    expect(snapshot.offices).toHaveLength(49)
    expect(JSON.stringify(snapshot)).not.toContain('Entwurf auf PostgreSQL')
  })

  test('should publish one language and leave the German draft a draft', async () => {
    // The first user of a database becomes admin; the translator must not be the first.
    await payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] },
    })
    const translator = await payload.create({
      collection: 'users',
      data: {
        email: 'uk@example.org',
        password: 'translator-pass-1',
        roles: ['translator'],
        translationLocales: ['uk'],
      },
    })
    const page = await payload.create({
      collection: 'pages',
      locale: 'de',
      data: {
        title: 'Veröffentlicht auf PostgreSQL',
        facts: [{ label: 'Eins' }, { label: 'Zwei' }],
        _status: 'published',
      } as never,
    })
    const rows = page.facts as { id: string; label: string }[]
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'de',
      draft: true,
      data: { title: 'UNGEPRÜFT auf PostgreSQL', facts: [rows[1], rows[0]], _status: 'draft' } as never,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'uk',
      data: {
        title: 'Опубліковано',
        facts: [rows[1]!, rows[0]!].map((row) => ({ id: row.id, label: `УК ${row.label}` })),
        _status: 'published',
      } as never,
      user: { ...translator, collection: 'users' },
      overrideAccess: false,
    })
    const live = (locale: 'de' | 'uk') =>
      payload.findByID({ collection: 'pages', id: page.id, locale, overrideAccess: false, depth: 0 })
    expect((await live('de')).title).toBe('Veröffentlicht auf PostgreSQL')
    expect((await live('uk')).title).toBe('Опубліковано')
    expect(((await live('uk')).facts as { label: string }[]).map((fact) => fact.label)).toEqual(['УК Eins', 'УК Zwei'])
    const draft = await payload.findByID({ collection: 'pages', id: page.id, locale: 'de', draft: true, depth: 0 })
    expect(draft).toMatchObject({ title: 'UNGEPRÜFT auf PostgreSQL', _status: 'draft' })
  })

  test('should count simultaneous scans of one form exactly, in one row per day and language', async () => {
    const code = await publishedFormCode(payload)
    // First wave races to create the row, the second to raise it (see form-scan-counts.test.ts).
    for (const [wave, total] of [
      [50, 50],
      [50, 100],
    ]) {
      expect(new Set(await postScansAtOnce(code, Array(wave).fill('uk-UA')))).toEqual(new Set([204]))
      const stored = await storedScans(payload, code, 'uk')
      expect(stored.total).toBe(total)
      expect(
        stored.rowsPerDay.every((rows) => rows === 1),
        `rows per day ${stored.rowsPerDay}`,
      ).toBe(true)
    }
  })

  test('should create one row when the first scans of a day arrive together', async () => {
    // Without the lock in countScan about one round in five inserts two rows here.
    expect(await raceForFirstScan(payload, 100, 10)).toEqual([])
  })

  test('should answer ids and where values that do not fit with 404 or 400, never 500', async () => {
    const { handleEndpoints } = await import('payload')
    const { default: config } = await import('@wir/cms/config')
    const status = async (url: string) =>
      (await handleEndpoints({ config, request: new Request(`http://localhost${url}`) })).status
    expect(await status('/api/measures/not-a-number')).toBe(404)
    expect(await status('/api/measures/distinct?field=title')).toBe(404)
    expect(await status('/api/measures?where[id][in]=1,2,abc')).toBe(400)
    expect(await status('/api/pages?where[parent][equals]=abc')).toBe(400)
    expect(await status('/api/news?where[image][in]=x,y')).toBe(400)
    // PostgreSQL's adapter drops an unreadable date instead of failing.
    expect(await status('/api/measures?where[createdAt][less_than]=kein-datum')).toBeLessThan(500)
  })
})
