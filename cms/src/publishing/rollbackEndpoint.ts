import type { Endpoint } from 'payload'

import { hasRole } from '../access/roles'
import { rollbackToPrevious } from './rollback'

/** POST /api/site-builds/rollback — admins only. */
export const rollbackEndpoint: Endpoint = {
  path: '/rollback',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      return Response.json(
        { error: 'Nur die Administration darf auf eine frühere Fassung zurücksetzen.' },
        { status: 403 },
      )
    }
    try {
      const user = req.user as { name?: string | null; email?: string }
      const result = await rollbackToPrevious(req.payload, { triggeredBy: user.name || user.email })
      return Response.json(result)
    } catch (error) {
      return Response.json({ error: (error as Error).message }, { status: 409 })
    }
  },
}
