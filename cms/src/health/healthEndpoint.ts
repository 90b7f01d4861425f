import type { Endpoint } from 'payload'

import { checkHealth } from './healthChecks'

/** GET /api/health — for load balancers and monitoring: anonymous, 200 "ok" or 503 "degraded". */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const health = await checkHealth(req.payload)
    return Response.json(
      { ...health, time: new Date().toISOString() },
      { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
