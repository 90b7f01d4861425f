import type { Endpoint } from 'payload'

import { renderPreview, PreviewError } from './renderPreview'
import { verifyPreviewToken } from './previewToken'

const page = (status: number, message: string) =>
  new Response(`<!doctype html><html lang="de"><meta charset="utf-8"><title>Vorschau</title><p>${message}</p></html>`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/**
 * GET /api/vorschau?token=… — a draft as residents would see it. Needs both a signed,
 * unexpired token (from the admin's "Vorschau" button) and a signed-in CMS user.
 */
export const previewEndpoint: Endpoint = {
  path: '/vorschau',
  method: 'get',
  handler: async (req) => {
    const token = new URL(req.url ?? '', 'http://cms.invalid').searchParams.get('token')
    const check = verifyPreviewToken(token)
    if (!check.ok) {
      return check.reason === 'expired'
        ? page(410, 'Dieser Vorschau-Link ist abgelaufen. Bitte im Redaktionssystem erneut auf „Vorschau“ klicken.')
        : page(403, 'Dieser Vorschau-Link ist ungültig.')
    }
    if (!req.user)
      return page(
        401,
        'Die Vorschau ist nur für angemeldete Personen der Redaktion sichtbar. Bitte zuerst im Redaktionssystem anmelden.',
      )
    try {
      const html = await renderPreview(req.payload, req, check.claims)
      return new Response(html, {
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'private, no-store',
          'X-Robots-Tag': 'noindex, nofollow',
          'Referrer-Policy': 'no-referrer',
        },
      })
    } catch (error) {
      if (error instanceof PreviewError) return page(error.status, error.message)
      req.payload.logger.error(`Preview failed: ${(error as Error).message}`)
      return page(500, 'Die Vorschau konnte nicht erzeugt werden. Bitte später erneut versuchen.')
    }
  },
}
