/**
 * Signed, expiring preview links: the document, the locale and an expiry, signed with a key
 * derived from PAYLOAD_SECRET (HMAC-SHA256). Nothing in the URL can be guessed or altered.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export type PreviewClaims = { collection: string; id: string; locale: string; exp: number }

/** How long a preview link works (WIR_PREVIEW_TTL_S, default 30 minutes). */
export const previewTtlSeconds = () => Number(process.env.WIR_PREVIEW_TTL_S) || 30 * 60

function key(): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set.')
  // A key of its own: a preview signature must never be usable as anything else.
  return createHmac('sha256', secret).update('wir-preview-v1').digest()
}

const sign = (body: string) => createHmac('sha256', key()).update(body).digest('base64url')

export function createPreviewToken(claims: Omit<PreviewClaims, 'exp'>, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(now / 1000) + previewTtlSeconds() })).toString(
    'base64url',
  )
  return `${body}.${sign(body)}`
}

export type PreviewTokenCheck =
  { ok: true; claims: PreviewClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' }

export function verifyPreviewToken(token: string | null | undefined, now = Date.now()): PreviewTokenCheck {
  const [body, signature, extra] = (token ?? '').split('.')
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'malformed' }
  const expected = Buffer.from(sign(body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'signature' }
  let claims: PreviewClaims
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < now) return { ok: false, reason: 'expired' }
  return { ok: true, claims }
}
