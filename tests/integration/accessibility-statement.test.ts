import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'

let payload: Payload
let cleanup: () => Promise<void>
let buildSnapshot: (payload: Payload) => Promise<import('@wir/shared/snapshot').Snapshot>
let seedAccessibilityStatement: (payload: Payload) => Promise<{ created: boolean }>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  ;({ buildSnapshot } = await import('@wir/cms/export'))
  ;({ seedAccessibilityStatement } = await import('../../cms/src/seed/seedAccessibilityStatement'))
})
afterAll(async () => cleanup?.())

const statement = (data: Record<string, unknown>, options: { locale?: string; draft?: boolean } = {}) =>
  payload.updateGlobal({
    slug: 'accessibility-statement',
    locale: options.locale ?? 'de',
    // As the admin saves it: only what the editor typed, no German filled in for another language.
    fallbackLocale: false as never,
    draft: options.draft,
    data: data as never,
    context: { skipSiteBuild: true },
  })

describe('the accessibility statement, imprint and privacy notice', () => {
  test('should reach the site only once published, and an empty imprint stays empty', async () => {
    const before = await buildSnapshot(payload)
    expect(before.accessibilityStatement).toBeNull()
    expect(before.imprint).toBeNull()
    expect(before.privacyNotice).toBeNull()

    await statement({ status: 'partial', _status: 'draft' }, { draft: true })
    expect((await buildSnapshot(payload)).accessibilityStatement).toBeNull()
    // Anonymous readers of the REST/Local API get no draft either.
    const anonymous = await payload.findGlobal({ slug: 'accessibility-statement', overrideAccess: false, draft: true })
    expect((anonymous as { status?: string }).status).toBeUndefined()
  })

  test('should export the published facts, per language, and keep a later draft back', async () => {
    await statement({
      status: 'partial',
      barriers: [
        { what: 'PDF-Dokumente der Maßnahmen', reason: 'disproportionate-burden', alternative: 'Auf Anfrage' },
      ],
      reviewedOn: '2026-10-01T12:00:00.000Z',
      reviewMethod: 'self-assessment',
      preparedOn: '2026-10-02T12:00:00.000Z',
      arbitrationName: 'Schlichtungsstelle',
      _status: 'published',
    })
    const { barriers } = (await payload.findGlobal({ slug: 'accessibility-statement', depth: 0 })) as {
      barriers: { id: string }[]
    }
    await statement(
      { barriers: [{ id: barriers[0]!.id, what: 'PDF documents of the measures', reason: 'disproportionate-burden' }] },
      { locale: 'en' },
    )
    await statement({ status: 'full', _status: 'draft' }, { draft: true })

    const exported = (await buildSnapshot(payload)).accessibilityStatement!
    expect(exported.status).toBe('partial')
    expect(exported.barriers).toEqual([
      {
        what: { de: 'PDF-Dokumente der Maßnahmen', en: 'PDF documents of the measures' },
        reason: 'disproportionate-burden',
        alternative: { de: 'Auf Anfrage' },
      },
    ])
    expect(exported.reviewedOn).toBe('2026-10-01')
    expect(exported.reviewMethod).toBe('self-assessment')
    expect(exported.preparedOn).toBe('2026-10-02')
    // Never invented: no contact data unless an editor enters it.
    expect(exported.contactEmail).toBe('')
    expect(exported.contactPhone).toBe('')
  })

  test('should be seeded with the arbitration service of the law only, and never overwritten by the seed', async () => {
    expect(await seedAccessibilityStatement(payload)).toEqual({ created: false })
    const exported = (await buildSnapshot(payload)).accessibilityStatement!
    expect(exported.arbitrationName.de).toBe('Schlichtungsstelle')
  })

  test('should not let a translator or an anonymous visitor change it', async () => {
    // The first user of a database always becomes admin.
    await payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] },
    })
    const translator = await payload.create({
      collection: 'users',
      data: { email: 'tr@example.org', password: 'translator-pw-1', roles: ['translator'], translationLocales: ['ar'] },
    })
    await expect(
      payload.updateGlobal({
        slug: 'imprint',
        locale: 'ar',
        data: { _status: 'published' } as never,
        overrideAccess: false,
        user: { ...translator, collection: 'users' } as never,
      }),
    ).rejects.toThrow()
    await expect(
      payload.updateGlobal({ slug: 'imprint', data: { _status: 'published' } as never, overrideAccess: false }),
    ).rejects.toThrow()
  })
})
