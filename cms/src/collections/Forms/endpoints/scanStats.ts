import type { Endpoint } from 'payload'

import { getLocale, locales } from '@wir/shared/locales'

import { otherScanLanguage } from '@wir/shared/beacon'
import { offeredLanguages } from '@wir/shared/formLanguages'

/** Primary language subtag → locale codes of ours that serve it (de → de, de-x-simple). */
function localesFor(language: string): string[] {
  return locales.filter((row) => row.bcp47.split('-')[0] === language).map((row) => row.code)
}

/** Scans without a registered language, or beyond the day's limit of languages (countScan.ts). */
const otherLanguagesName = 'Andere oder unbekannte Sprachen'

/**
 * GET /api/forms/{id}/scan-stats (staff): scans of the form's code in the last `days` days
 * (default 365), by requested language, each marked whether the form is offered in it — so the
 * office sees which translation would help most.
 */
export const scanStatsEndpoint: Endpoint = {
  path: '/:id/scan-stats',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Bitte melden Sie sich an.' }] }, { status: 401 })
    const form = await req.payload.findByID({
      collection: 'forms',
      id: String(req.routeParams?.id),
      locale: 'all',
      draft: true,
      depth: 0,
      req,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!form?.code) return Response.json({ errors: [{ message: 'Formular nicht gefunden.' }] }, { status: 404 })
    const days = Math.min(Math.max(Number(req.searchParams.get('days')) || 365, 1), 3650)
    const since = new Date(Date.now() - (days - 1) * 86_400_000).toISOString().slice(0, 10)
    const { docs } = await req.payload.find({
      collection: 'form-scan-counts',
      where: { and: [{ code: { equals: form.code } }, { day: { greater_than_equal: since } }] },
      pagination: false,
      depth: 0,
      req,
    })
    const offered = offeredLanguages(form as never)
    const byLanguage = new Map<string, number>()
    for (const row of docs) byLanguage.set(row.language, (byLanguage.get(row.language) ?? 0) + (row.count ?? 0))
    const languages = [...byLanguage.entries()]
      .map(([language, count]) => {
        if (language === otherScanLanguage) return { language, name: otherLanguagesName, count, offered: true }
        const ours = localesFor(language)
        const name = ours[0] ? getLocale(ours[0]).nativeName : undefined
        return { language, name, count, offered: ours.some((code) => offered.includes(code)) }
      })
      .sort((a, b) => b.count - a.count || a.language.localeCompare(b.language))
    return Response.json({
      code: form.code,
      since,
      total: languages.reduce((sum, entry) => sum + entry.count, 0),
      offered,
      languages,
      missing: languages.filter((entry) => !entry.offered),
    })
  },
}
