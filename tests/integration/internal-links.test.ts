import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { lexicalParagraph, lexicalText } from '../helpers/lexical'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

const withLinkTo = (relationTo: string, id: number | string) =>
  lexicalParagraph([
    lexicalText('Siehe '),
    {
      type: 'link',
      version: 3,
      format: '',
      indent: 0,
      direction: 'ltr',
      fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: id } },
      children: [lexicalText('die Maßnahme')],
    },
  ])

describe('links between documents', () => {
  test('should point at the document, follow slug changes and never become dead links', async () => {
    const { buildSnapshot } = await import('@wir/cms/export')
    const field = await payload.create({
      collection: 'fields-of-action',
      locale: 'de',
      data: { name: 'Bildung', order: 1, _status: 'published' },
    })
    const measure = await payload.create({
      collection: 'measures',
      locale: 'de',
      data: {
        title: 'Sprachkurse',
        fieldOfAction: field.id,
        kind: 'measure',
        number: 1,
        order: 1,
        _status: 'published',
      },
    })
    const page = await payload.create({
      collection: 'pages',
      locale: 'de',
      data: { title: 'Überblick', body: withLinkTo('measures', measure.id), _status: 'published' } as never,
    })
    const bodyOf = async () =>
      (await buildSnapshot(payload)).pages.find((entry) => entry.id === String(page.id))!.bodyHtml.de

    expect(await bodyOf()).toContain('<a href="wir:/massnahmen/sprachkurse/">die Maßnahme</a>')

    await payload.update({
      collection: 'measures',
      id: measure.id,
      data: { slug: 'deutschkurse', generateSlug: false } as never,
    })
    expect(await bodyOf()).toContain('<a href="wir:/massnahmen/deutschkurse/">die Maßnahme</a>')

    await payload.update({ collection: 'measures', id: measure.id, data: { _status: 'draft' } })
    const body = await bodyOf()
    expect(body).not.toContain('<a ')
    expect(body).toContain('die Maßnahme')
  })

  test('should give a page under an unpublished parent one address: in links, in redirects and on the site', async () => {
    const { buildSnapshot } = await import('@wir/cms/export')
    const { buildSiteData } = await import('../../site/src/content/snapshot.ts')
    const { documentRoute } = await import('../../site/src/lib/routes.ts')
    const { routePath } = await import('@wir/shared/urls')
    const draftParent = await payload.create({
      collection: 'pages',
      locale: 'de',
      data: { title: 'Entwurf Elternseite', _status: 'draft' } as never,
    })
    const child = await payload.create({
      collection: 'pages',
      locale: 'de',
      data: { title: 'Kinderseite', parent: draftParent.id, _status: 'published' } as never,
    })
    const linking = await payload.create({
      collection: 'pages',
      locale: 'de',
      data: { title: 'Verweis', body: withLinkTo('pages', child.id), _status: 'published' } as never,
    })
    const snapshot = await buildSnapshot(payload)
    const sitePath = routePath(documentRoute(buildSiteData(snapshot), 'pages', String(child.id)))
    expect(sitePath).toBe('/seiten/kinderseite/')
    const body = snapshot.pages.find((entry) => entry.id === String(linking.id))!.bodyHtml.de
    expect(body).toContain(`<a href="wir:${sitePath}">die Maßnahme</a>`)

    // A new slug leaves a redirect from the address readers really had, not one under the draft parent.
    await payload.update({
      collection: 'pages',
      id: child.id,
      data: { slug: 'kinder', generateSlug: false } as never,
    })
    const { docs } = await payload.find({ collection: 'redirects', where: { from: { equals: sitePath } }, depth: 0 })
    expect(docs).toHaveLength(1)
  })
})
