/**
 * Per-address limit on accepted feedback posts, kept in this process's memory only: the
 * address is never stored, logged or written anywhere, and forgotten after the window. A
 * restart forgets everything, which is acceptable for a spam brake.
 */
const windowMs = 60 * 60 * 1000

/** WIR_FEEDBACK_RATE_LIMIT posts per hour and address, default 5. */
const limit = () => {
  const configured = Number(process.env.WIR_FEEDBACK_RATE_LIMIT)
  return Number.isFinite(configured) && configured > 0 ? configured : 5
}

const recent = new Map<string, number[]>()

/** Records a post from `address`; false when the address has used up its posts for the hour. */
export function allowPost(address: string, now = Date.now()): boolean {
  for (const [key, times] of recent) {
    const fresh = times.filter((time) => now - time < windowMs)
    if (fresh.length === 0) recent.delete(key)
    else recent.set(key, fresh)
  }
  const times = recent.get(address) ?? []
  if (times.length >= limit()) return false
  recent.set(address, [...times, now])
  return true
}
