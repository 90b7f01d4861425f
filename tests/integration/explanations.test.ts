import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { explanationTopics } from '@wir/shared/explanations'

import { bootPayload } from '../helpers/bootPayload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] },
  })
})
afterAll(async () => cleanup?.())

const seed = async () => (await import('../../cms/src/seed/seedExplanations')).seedExplanations(payload)

describe('start-page explanations (Leichte Sprache)', () => {
  test('should seed the four explanations in Leichte Sprache once, marked as a draft for the checking group', async () => {
    expect(await seed()).toEqual({ created: true })
    const global = await payload.findGlobal({ slug: 'start-explanations', locale: 'de-x-ls', depth: 0 })
    expect(global.reviewStatus).toBe('draft')
    for (const topic of explanationTopics) expect(global[topic.key]?.title).toBeTruthy()
    expect(await seed()).toEqual({ created: false })
  })

  test('should keep what editors changed when the seed runs again', async () => {
    await payload.updateGlobal({
      slug: 'start-explanations',
      locale: 'de-x-ls',
      data: { content: { title: 'Das steht hier', text: 'Ein neuer Text.' } },
      context: { skipSiteBuild: true },
    })
    await seed()
    const global = await payload.findGlobal({ slug: 'start-explanations', locale: 'de-x-ls', depth: 0 })
    expect(global.content?.title).toBe('Das steht hier')
  })

  test('should be exported into the snapshot with the Leichte Sprache text only', async () => {
    const { buildSnapshot } = await import('@wir/cms/export')
    const snapshot = await buildSnapshot(payload)
    expect(snapshot.explanations.map((explanation) => explanation.key)).toEqual(explanationTopics.map((t) => t.key))
    const content = snapshot.explanations.find((explanation) => explanation.key === 'content')!
    expect(content.title).toEqual({ 'de-x-ls': 'Das steht hier' })
    expect(content.video).toBeNull()
  })

  test('should be readable by anyone and changed only by editors', async () => {
    const translator = await payload.create({
      collection: 'users',
      data: {
        email: 'tr@example.org',
        password: 'translator-pass-1',
        roles: ['translator'],
        translationLocales: ['tr'],
      },
    })
    await expect(
      payload.findGlobal({ slug: 'start-explanations', overrideAccess: false, locale: 'de-x-ls' }),
    ).resolves.toBeTruthy()
    await expect(
      payload.updateGlobal({
        slug: 'start-explanations',
        locale: 'de-x-ls',
        overrideAccess: false,
        user: translator,
        data: { content: { title: 'Fremd' } },
      }),
    ).rejects.toThrow()
  })

  test('should queue a site build when an editor saves', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'ed@example.org', password: 'editor-pass-1', roles: ['editor'], name: 'Eda Editor' },
    })
    await payload.updateGlobal({
      slug: 'start-explanations',
      locale: 'de-x-ls',
      overrideAccess: false,
      user: editor,
      data: { navigation: { title: 'So geht es' } },
    })
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'buildSite' } } })
    expect(docs.some((job) => JSON.stringify(job.input).includes('Start-Erklärungen'))).toBe(true)
  })
})
