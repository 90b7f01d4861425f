/**
 * Minimum fill time without a CAPTCHA: the form carries the time it was handed out, signed with
 * a key derived from PAYLOAD_SECRET (HMAC-SHA256), so a bot can neither post without fetching
 * the form nor forge an older time. A person needs longer than a few seconds to write a message.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** WIR_FEEDBACK_MIN_FILL_S, default 3 seconds. */
export const minimumFillSeconds = () => {
  const configured = Number(process.env.WIR_FEEDBACK_MIN_FILL_S)
  return Number.isFinite(configured) && configured >= 0 ? configured : 3
}
/** A form left open longer than a day gets a fresh token (and keeps what was typed). */
const maximumAgeSeconds = 24 * 60 * 60

function key(): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set.')
  // A key of its own: this signature must never be usable as a preview link or anything else.
  return createHmac('sha256', secret).update('wir-feedback-form-v1').digest()
}

const sign = (body: string) => createHmac('sha256', key()).update(body).digest('base64url')

export function createFormToken(now = Date.now()): string {
  const issued = String(Math.floor(now / 1000))
  return `${issued}.${sign(issued)}`
}

export type FormTokenCheck = 'ok' | 'invalid' | 'too-fast' | 'expired'

export function checkFormToken(token: string | undefined, now = Date.now()): FormTokenCheck {
  const [issued, signature, extra] = (token ?? '').split('.')
  if (!issued || !/^\d+$/.test(issued) || !signature || extra !== undefined) return 'invalid'
  const expected = Buffer.from(sign(issued))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid'
  const age = now / 1000 - Number(issued)
  if (age < minimumFillSeconds()) return 'too-fast'
  if (age > maximumAgeSeconds) return 'expired'
  return 'ok'
}
