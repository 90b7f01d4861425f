import { NextResponse, type NextRequest } from 'next/server'

/**
 * The admin speaks German unless an editor chose otherwise: Payload would otherwise follow the
 * browser's language, and an editor with an English browser would get an English admin. The
 * language an editor picks in their account is kept in the same cookie and wins.
 */
const languageCookie = 'payload-lng'

export function adminLanguage(request: NextRequest): NextResponse {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', [request.headers.get('cookie'), `${languageCookie}=de`].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(languageCookie, 'de', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}
