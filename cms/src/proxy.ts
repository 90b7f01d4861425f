import { NextResponse, type NextRequest } from 'next/server'

import { adminLanguage } from './proxy/adminLanguage'
import { newDocumentsInSourceLocale } from './proxy/newDocumentsInSourceLocale'
import { refuseCrossSiteWrites } from './proxy/refuseCrossSiteWrites'

/** Admin and API requests before Payload sees them: the rules live in ./proxy/, one per file. */
export function proxy(request: NextRequest) {
  const refused = refuseCrossSiteWrites(request)
  if (refused) return refused
  if (!request.nextUrl.pathname.startsWith('/admin')) return NextResponse.next()
  return newDocumentsInSourceLocale(request) ?? adminLanguage(request)
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
