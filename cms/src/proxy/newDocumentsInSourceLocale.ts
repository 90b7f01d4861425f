import { NextResponse, type NextRequest } from 'next/server'

import { defaultLocale } from '@wir/shared/locales'

/**
 * A new document starts in the source language. Payload opens the create view in the locale the
 * account worked in last, so an editor who just looked at an Arabic page would type the German
 * text of a new form into its Arabic fields without noticing. An explicit choice (the locale
 * switcher on the create view puts `locale` in the URL) is kept.
 */
export function newDocumentsInSourceLocale(request: NextRequest): NextResponse | undefined {
  const url = request.nextUrl
  if (!/^\/admin\/collections\/[^/]+\/create\/?$/.test(url.pathname) || url.searchParams.has('locale')) return undefined
  const target = url.clone()
  target.searchParams.set('locale', defaultLocale)
  return NextResponse.redirect(target)
}
