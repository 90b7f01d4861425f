/**
 * Draft preview: signed, expiring links, only for signed-in users, rendered by the site's own
 * Astro components with the draft in place of the published text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createLocalReq, type Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'

let payload: Payload
let cleanup: () => Promise<void>
let measureId: number | string
let editor: Record<string, unknown>
let tokens: typeof import('../../cms/src/preview/previewToken')
let endpoint: (typeof import('../../cms/src/preview/previewEndpoint'))['previewEndpoint']

async function callPreview(token: string, user?: Record<string, unknown>) {
  const req = await createLocalReq({ user: user as never }, payload)
  ;(req as { url?: string }).url = `http://cms.test/api/vorschau?token=${encodeURIComponent(token)}`
  const response = await endpoint.handler(req as never)
  return { status: response.status, html: await response.text(), headers: response.headers }
}

beforeAll(async () => {
  process.env.WIR_RUN_JOBS = '0'
  ;({ payload, cleanup } = await bootPayload())
  tokens = await import('../../cms/src/preview/previewToken')
  ;({ previewEndpoint: endpoint } = await import('../../cms/src/preview/previewEndpoint'))
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] },
  })
  editor = {
    ...(await payload.create({
      collection: 'users',
      data: { email: 'redaktion@example.org', password: 'editor-password-1', roles: ['editor'] },
    })),
    collection: 'users',
  }
  const field = await payload.create({
    collection: 'fields-of-action',
    locale: 'de',
    data: { name: 'Bildung', slug: 'bildung', order: 1, _status: 'published' } as never,
  })
  const measure = await payload.create({
    collection: 'measures',
    locale: 'de',
    data: {
      title: 'Sprachcafé',
      slug: 'sprachcafe',
      generateSlug: false,
      fieldOfAction: field.id,
      kind: 'measure',
      number: 1,
      order: 1,
      contactText: 'Veröffentlichter Kontakt',
      _status: 'published',
    } as never,
  })
  measureId = measure.id
  await payload.update({
    collection: 'measures',
    id: measureId,
    locale: 'de',
    draft: true,
    data: { contactText: 'Neuer Kontakt im Entwurf' } as never,
  })
})
afterAll(async () => cleanup?.())

describe('preview tokens', () => {
  test('should reject tampered, malformed and expired tokens', () => {
    const token = tokens.createPreviewToken({ collection: 'measures', id: '1', locale: 'de' })
    expect(tokens.verifyPreviewToken(token)).toMatchObject({
      ok: true,
      claims: { collection: 'measures', id: '1', locale: 'de' },
    })
    const [body, signature] = token.split('.')
    const forged = Buffer.from(
      JSON.stringify({ collection: 'measures', id: '2', locale: 'de', exp: 9999999999 }),
    ).toString('base64url')
    expect(tokens.verifyPreviewToken(`${forged}.${signature}`)).toEqual({ ok: false, reason: 'signature' })
    expect(tokens.verifyPreviewToken(`${body}`)).toEqual({ ok: false, reason: 'malformed' })
    expect(tokens.verifyPreviewToken(token, Date.now() + 31 * 60_000)).toEqual({ ok: false, reason: 'expired' })
  })
})

describe('the preview route', () => {
  test('should refuse anonymous visitors even with a valid link', async () => {
    const reply = await callPreview(
      tokens.createPreviewToken({ collection: 'measures', id: String(measureId), locale: 'de' }),
    )
    expect(reply.status).toBe(401)
    expect(reply.html).toContain('nur für angemeldete Personen')
    expect(reply.html).not.toContain('Neuer Kontakt im Entwurf')
  })

  test('should refuse expired and forged links to signed-in editors', async () => {
    const expired = tokens.createPreviewToken(
      { collection: 'measures', id: String(measureId), locale: 'de' },
      Date.now() - 31 * 60_000,
    )
    const reply = await callPreview(expired, editor)
    expect(reply.status).toBe(410)
    expect(reply.html).toContain('abgelaufen')
    expect((await callPreview('abc.def', editor)).status).toBe(403)
  })

  test('should show a signed-in editor the draft, rendered by the site components, marked as preview', async () => {
    const reply = await callPreview(
      tokens.createPreviewToken({ collection: 'measures', id: String(measureId), locale: 'de' }),
      editor,
    )
    expect(reply.status).toBe(200)
    expect(reply.headers.get('cache-control')).toBe('private, no-store')
    expect(reply.html).toContain('Neuer Kontakt im Entwurf')
    expect(reply.html).not.toContain('Veröffentlichter Kontakt')
    expect(reply.html).toMatch(/<html lang="de" dir="ltr">/)
    expect(reply.html).toContain('<h1')
    expect(reply.html).toContain('Sprachcafé')
    expect(reply.html).toContain('Vorschau (Deutsch)')
    expect(reply.html).toContain('noindex')
    // Self-contained: the stylesheet is inlined, links point to the public site.
    expect(reply.html).toContain('<style>')
    expect(reply.html).not.toMatch(/href="\/(?!\/)/)
    // The published state is untouched.
    const published = await payload.findByID({ collection: 'measures', id: measureId, locale: 'de', draft: false })
    expect(published.contactText).toBe('Veröffentlichter Kontakt')
  })

  test('should show an Arabic preview right to left', async () => {
    const reply = await callPreview(
      tokens.createPreviewToken({ collection: 'measures', id: String(measureId), locale: 'ar' }),
      editor,
    )
    expect(reply.status).toBe(200)
    expect(reply.html).toMatch(/<html lang="ar" dir="rtl">/)
  })
})
