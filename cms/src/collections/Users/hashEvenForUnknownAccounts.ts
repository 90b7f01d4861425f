import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook, TypeWithID } from 'payload'

/**
 * Payload's current password hash (auth/strategies/local/generatePasswordSaltHash.js, prefix
 * "pbkdf2-sha256-v1:"). tests/integration/login-enumeration.test.ts fails if Payload changes it.
 */
const iterations = 600_000
const keyLength = 32
const dummySalt = crypto.randomBytes(32).toString('hex')

/**
 * A failed login must take as long for an unknown e-mail address as for a registered one, or
 * the time tells who has an account (~12 ms against ~114 ms). Payload answers an unknown address
 * straight away without hashing (and a locked account too); this hashes the given password once
 * with the same parameters (against a random salt, so nothing can match) before Payload looks
 * the account up itself. oneAnswerForFailedLogins makes the answers the same text.
 */
export const hashEvenForUnknownAccounts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string' || !password.trim()) return args
  const account = await req.payload.db.findOne<TypeWithID & { lockUntil?: string | null }>({
    collection: 'users',
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  // A locked account is refused before hashing too, which would tell it apart just the same.
  const locked = account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now()
  if (!account || locked) {
    await new Promise((resolve) => crypto.pbkdf2(password, dummySalt, iterations, keyLength, 'sha256', resolve))
  }
  return args
}
