import type { Payload } from 'payload'

/** Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when the database has no user yet. */
export async function ensureAdmin(payload: Payload): Promise<void> {
  const email = process.env.ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  if (!email || !password) {
    payload.logger.info(
      "No user yet: create the first admin on the admin's first-user screen (or set ADMIN_EMAIL and ADMIN_PASSWORD).",
    )
    return
  }
  await payload.create({ collection: 'users', data: { email, password, roles: ['admin'], name: 'Administration' } })
  payload.logger.info(`Created the first admin user ${email}.`)
}
