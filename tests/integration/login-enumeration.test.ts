/**
 * A failed login must not tell whether an account exists: the unknown-address path does the
 * same password hashing work as a wrong password for a real account. Proved by recording the
 * pbkdf2 calls; the timings are printed and only checked with a loose bound (two busy cores).
 */
import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../helpers/bootPayload'

let payload: Payload
let cleanup: () => Promise<void>
const pbkdf2Calls: string[] = []
const realPbkdf2 = crypto.pbkdf2

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  await payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password: 'richtiges-passwort-1', roles: ['admin'] } as never,
  })
  // Payload and the CMS call crypto.pbkdf2 through the module object: record iterations and key length.
  crypto.pbkdf2 = ((...args: Parameters<typeof realPbkdf2>) => {
    pbkdf2Calls.push(`${args[2]} iterations, ${args[3]} bytes, ${args[4]}`)
    return realPbkdf2(...args)
  }) as typeof realPbkdf2
})
afterAll(async () => {
  crypto.pbkdf2 = realPbkdf2
  await cleanup?.()
})

/** A failed login over Payload's REST handling; its status, message and the hashing it did. */
async function failedLogin(email: string) {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('@wir/cms/config')
  pbkdf2Calls.length = 0
  const started = performance.now()
  const response = await handleEndpoints({
    config,
    request: new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'falsches-passwort' }),
    }),
  })
  const milliseconds = performance.now() - started
  const body = (await response.json()) as { errors: { message: string }[] }
  return { status: response.status, message: body.errors[0]!.message, hashing: [...pbkdf2Calls], milliseconds }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe('failed logins', () => {
  test('should hash the password the same way for an unknown address as for a registered one', async () => {
    const registered = await failedLogin('redaktion@example.org')
    const unknown = await failedLogin('niemand@example.org')
    expect(registered.hashing).toEqual(['600000 iterations, 32 bytes, sha256'])
    expect(unknown.hashing).toEqual(registered.hashing)
    expect(unknown.status).toBe(registered.status)
    expect(unknown.message).toBe(registered.message)
  })

  test('should take about as long for an unknown address as for a registered one', async () => {
    // Fewer than Users.auth.maxLoginAttempts (5) per account, so the registered one is not locked.
    const times = { registered: [] as number[], unknown: [] as number[] }
    for (let round = 0; round < 3; round++) {
      times.registered.push((await failedLogin('redaktion@example.org')).milliseconds)
      times.unknown.push((await failedLogin(`unbekannt-${round}@example.org`)).milliseconds)
    }
    console.info(
      `login: median failed login ${median(times.registered).toFixed(0)} ms (registered) vs ` +
        `${median(times.unknown).toFixed(0)} ms (unknown address)`,
    )
    // Before: ~12 ms against ~114 ms (a tenth). The bound is loose on purpose: two busy cores.
    expect(median(times.unknown)).toBeGreaterThan(0.4 * median(times.registered))
  })

  test('should answer a locked account exactly like an unknown address, with the same hashing', async () => {
    // Fill up Users.auth.maxLoginAttempts (5) with the attempts of the tests above.
    for (let attempt = 0; attempt < 5; attempt++) await failedLogin('redaktion@example.org')
    const [user] = (await payload.find({ collection: 'users', showHiddenFields: true })).docs as {
      lockUntil?: string
    }[]
    expect(new Date(user!.lockUntil!).getTime()).toBeGreaterThan(Date.now())
    const locked = await failedLogin('redaktion@example.org')
    const unknown = await failedLogin('niemand@example.org')
    expect(locked).toMatchObject({ status: unknown.status, message: unknown.message, hashing: unknown.hashing })
    expect(unknown.message).toMatch(
      /nicht korrekt\. Nach 5 Fehlversuchen bleibt die Anmeldung 10 Minuten lang gesperrt/,
    )
  })
})
