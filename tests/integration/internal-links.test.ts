import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'

let payload: Payload
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

const withLinkTo = (relationTo: string, id: number | string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text: 'Siehe ', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
          {
            type: 'link',
            version: 3,
            format: '',
            indent: 0,
            direction: 'ltr',
            fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: id } },
            children: [
              { type: 'text', text: 'die Maßnahme', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
            ],
          },
        ],
      },
    ],
  },
})

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
