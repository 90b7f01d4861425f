import type { Endpoint } from 'payload'

import languageTags from 'language-tags'

import { otherScanLanguage } from '@wir/shared/beacon'
import { isFormCode } from '@wir/shared/formCode'

import { countScan } from './countScan'

/**
 * "ar-EG" → "ar": the primary language of a well-formed BCP 47 tag whose subtags are all in the
 * IANA language subtag registry (language-tags, over the maintained language-subtag-registry),
 * so invented ones (`zz`, `qqq`, `x-foo`) are not stored as languages. Those, the special codes
 * (`und`, `mul`, `zxx`, `mis`) and anything unreadable count as "other".
 */
export function primaryLanguage(tag: unknown): string {
  const candidate = typeof tag === 'string' ? tag.trim().replaceAll('_', '-') : ''
  // RFC 5646 syntax first (language-tags lets an empty subtag pass, as in "de-DE-").
  if (candidate.length > 64 || !/^[a-z\d]{1,8}(-[a-z\d]{1,8})*$/i.test(candidate)) return otherScanLanguage
  const parsed = languageTags(candidate)
  const language = parsed.valid() ? parsed.language() : null
  if (!language || language.scope() === 'special') return otherScanLanguage
  return language.format().toLowerCase()
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
    let body: { code?: unknown; lang?: unknown } = {}
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
