import type { Endpoint } from 'payload'

import { isFormCode } from '@wir/shared/formCode'

import { countScan } from './countScan'

/** "ar-EG" → "ar"; anything that is not a language subtag becomes "und" (undetermined). */
export function primaryLanguage(tag: unknown): string {
  const primary = typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : ''
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : 'und'
}

const noContent = () => new Response(null, { status: 204 })

/**
 * POST /api/form-scan-counts/beacon with body {"code":"K7M3X","lang":"ar-EG"} (sent as
 * text/plain, no cookies, from the static scan page). Adds one to the day's count of that form
 * and language. Unknown or unpublished codes are ignored. Always answers 204: the page does not
 * wait for it and learns nothing from it.
 */
export const beaconEndpoint: Endpoint = {
  path: '/beacon',
  method: 'post',
  handler: async (req) => {
    let body: { code?: unknown; lang?: unknown }
    try {
      const text = (await req.text?.()) ?? ''
      if (text.length > 200) return noContent()
      body = JSON.parse(text)
    } catch {
      return noContent()
    }
    const { code } = body
    if (!isFormCode(code)) return noContent()
    const published = await req.payload.count({
      collection: 'forms',
      where: { and: [{ code: { equals: code } }, { _status: { equals: 'published' } }] },
      overrideAccess: false,
    })
    if (published.totalDocs === 0) return noContent()
    const day = new Date().toISOString().slice(0, 10)
    const language = primaryLanguage(body.lang)
    await countScan(req.payload, { code, day, language })
    return noContent()
  },
}
