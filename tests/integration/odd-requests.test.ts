/**
 * Odd requests from anyone get a clear 4xx, never a 5xx: a 500 says "something broke here" to an
 * attacker, and fills the log with errors nobody needs to act on. Through Payload's REST handling
 * (what the Next route runs); tests/server/cms-server-security.test.ts repeats the three from the
 * issue over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { bootPayload } from '../helpers/bootPayload'

let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

async function get(url: string) {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('@wir/cms/config')
  const response = await handleEndpoints({ config, request: new Request(`http://localhost${url}`) })
  const body = (await response.json()) as { errors?: { message: string }[] }
  return { status: response.status, message: body.errors?.[0]?.message ?? '' }
}

/** Found by trying: each answered 500 before. */
const oddQueries = [
  '/api/measures?where[id][in]=1,2,abc',
  '/api/measures?where[id][not_in]=abc',
  '/api/measures?where[createdAt][less_than]=kein-datum',
  '/api/pages?where[parent][equals]=abc',
  '/api/news?where[image][in]=x,y',
  '/api/forms?where[office][equals]=abc',
]

describe('odd requests', () => {
  test('should answer an id that is no number with 404, not 500', async () => {
    const missing = await get('/api/measures/999999')
    expect(missing.status).toBe(404)
    for (const url of ['/api/measures/not-a-number', '/api/measures/distinct?field=title', '/api/pages/1e99x']) {
      expect(await get(url), url).toEqual(missing)
    }
  })

  test('should answer a where value that does not fit its field with 400 and a clear message', async () => {
    for (const url of oddQueries) {
      const answer = await get(url)
      expect(answer.status, url).toBe(400)
      expect(answer.message, url).toMatch(/Ungültige Anfrage: ein Wert passt nicht zu seinem Feld/)
    }
    console.info(`odd requests: ${oddQueries.length + 4} tried, none answered 5xx`)
  })
})
