import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'

let payload: Payload
let cleanup: () => Promise<void>
let buildSnapshot: (payload: Payload) => Promise<import('@wir/shared/snapshot').Snapshot>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  ;({ buildSnapshot } = await import('@wir/cms/export'))
})
afterAll(async () => cleanup?.())

const createPage = async (title: string, slug: string, parent?: number | string) =>
  (
    await payload.create({
      collection: 'pages',
      locale: 'de',
      data: { title, slug, parent, _status: 'published' } as never,
    })
  ).id

/** Where each old path leads in the snapshot (redirects to published documents only). */
const snapshotRedirects = async () =>
  new Map(
    (await buildSnapshot(payload)).redirects.map((redirect) => [
      redirect.from,
      'collection' in redirect.to ? `${redirect.to.collection}:${redirect.to.id}` : redirect.to.url,
    ]),
  )

/** The German redirect pages the site build writes (the same function the Astro route uses). */
const builtRedirectPages = async () => {
  const { buildSiteData } = await import('../../site/src/content/snapshot.ts')
  const { redirectPages } = await import('../../site/src/lib/redirects.ts')
  const pages = redirectPages(buildSiteData(await buildSnapshot(payload)), () => {})
  return new Map(pages.filter((page) => page.locale.code === 'de').map((page) => [page.from, page.to]))
}

describe('renaming or moving a parent page', () => {
  test('should keep the old address of the page and of every page below it', async () => {
    const a = await createPage('Strategie', 'strategie')
    const b = await createPage('Leitbild', 'leitbild', a)
    const c = await createPage('Grundsätze', 'grundsaetze', b)

    await payload.update({ collection: 'pages', id: a, locale: 'de', data: { slug: 'strategie-2030' } as never })

    const redirects = await snapshotRedirects()
    expect(redirects.get('/seiten/strategie/')).toBe(`pages:${a}`)
    expect(redirects.get('/seiten/strategie/leitbild/')).toBe(`pages:${b}`)
    expect(redirects.get('/seiten/strategie/leitbild/grundsaetze/')).toBe(`pages:${c}`)
    const built = await builtRedirectPages()
    expect(built.get('/de/seiten/strategie/leitbild/grundsaetze/')).toBe(
      '/de/seiten/strategie-2030/leitbild/grundsaetze/',
    )
  })

  test('should keep the old addresses of a page and its children moved under another parent', async () => {
    const first = await createPage('Beteiligung', 'beteiligung')
    const second = await createPage('Mitmachen', 'mitmachen')
    const b = await createPage('Beiräte', 'beiraete', first)
    const c = await createPage('Integrationsbeirat', 'integrationsbeirat', b)

    await payload.update({ collection: 'pages', id: b, locale: 'de', data: { parent: second } as never })

    const redirects = await snapshotRedirects()
    expect(redirects.get('/seiten/beteiligung/beiraete/')).toBe(`pages:${b}`)
    expect(redirects.get('/seiten/beteiligung/beiraete/integrationsbeirat/')).toBe(`pages:${c}`)
    const built = await builtRedirectPages()
    expect(built.get('/de/seiten/beteiligung/beiraete/integrationsbeirat/')).toBe(
      '/de/seiten/mitmachen/beiraete/integrationsbeirat/',
    )
    // The redirects follow the documents: a later rename of the new parent needs no new entry for them.
    await payload.update({ collection: 'pages', id: second, locale: 'de', data: { slug: 'mitwirken' } as never })
    expect((await builtRedirectPages()).get('/de/seiten/beteiligung/beiraete/')).toBe('/de/seiten/mitwirken/beiraete/')
  })

  test('should drop a redirect when a page gets its old address back', async () => {
    const a = await createPage('Leichte Sprache', 'leichte-sprache')
    const b = await createPage('Wörterbuch', 'woerterbuch', a)
    await payload.update({ collection: 'pages', id: a, locale: 'de', data: { slug: 'einfach' } as never })
    await payload.update({ collection: 'pages', id: a, locale: 'de', data: { slug: 'leichte-sprache' } as never })
    const redirects = await snapshotRedirects()
    expect(redirects.has('/seiten/leichte-sprache/')).toBe(false)
    expect(redirects.has('/seiten/leichte-sprache/woerterbuch/')).toBe(false)
    expect(redirects.get('/seiten/einfach/woerterbuch/')).toBe(`pages:${b}`)
  })
})
