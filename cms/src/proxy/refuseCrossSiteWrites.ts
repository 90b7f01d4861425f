import { NextResponse, type NextRequest } from 'next/server'

import { cmsOrigins } from '../env/cmsOrigins'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A changing request that carries the login cookie but comes from another origin is refused
 * outright. Payload's own `csrf` check (auth/extractJWT) only ignores the cookie then, and lets a
 * request without an Origin through when Sec-Fetch-Site is "same-site", which the public site
 * is. Requests without the cookie (the scan beacon, API clients with a token header) pass on to
 * Payload's access control unchanged.
 */
export function refuseCrossSiteWrites(request: NextRequest): NextResponse | undefined {
  if (safeMethods.has(request.method) || !request.cookies.has('payload-token')) return undefined
  const origin = request.headers.get('origin')
  const fetchSite = request.headers.get('sec-fetch-site')
  const allowed = origin
    ? cmsOrigins().includes(origin)
    : fetchSite === null || fetchSite === 'same-origin' || fetchSite === 'none'
  if (allowed) return undefined
  return NextResponse.json(
    {
      errors: [
        {
          message:
            'Diese Anfrage kam von einer anderen Website und wurde abgelehnt. Bitte arbeiten Sie direkt in der Redaktionsoberfläche.',
        },
      ],
    },
    { status: 403 },
  )
}
