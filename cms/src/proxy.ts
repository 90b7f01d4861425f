import type { NextRequest } from 'next/server'

import { adminLanguage } from './proxy/adminLanguage'
import { newDocumentsInSourceLocale } from './proxy/newDocumentsInSourceLocale'

/** Admin requests before Payload sees them: the rules live in ./proxy/, one per file. */
export function proxy(request: NextRequest) {
  return newDocumentsInSourceLocale(request) ?? adminLanguage(request)
}

export const config = { matcher: ['/admin/:path*'] }
