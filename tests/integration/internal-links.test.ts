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
})
