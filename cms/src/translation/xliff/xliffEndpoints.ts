import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { defaultLocale, isLocaleCode } from '@wir/shared/locales'

import { canEditLocale } from '../../access/canEditLocale'
import { translatedCollections } from '../overview'
import { exportXliff, openDocuments } from './exportXliff'
import { importXliff } from './importXliff'

async function checkLocale(req: PayloadRequest): Promise<{ locale: string } | Response> {
  if (!req.user) return Response.json({ error: 'Bitte anmelden.' }, { status: 401 })
  const locale = new URL(req.url ?? 'http://localhost').searchParams.get('locale') ?? ''
  if (!isLocaleCode(locale) || locale === defaultLocale)
    return Response.json({ error: 'Bitte eine Zielsprache angeben.' }, { status: 400 })
  const mayEdit = await canEditLocale({ req: Object.assign(req, { locale }) } as never)
  if (!mayEdit) return Response.json({ error: 'Sie dürfen diese Sprache nicht bearbeiten.' }, { status: 403 })
  return { locale }
}

/**
 * GET  /api/translation-xliff?locale=ar[&documents=measures:3,pages:7] – XLIFF 2.0 download
 *      (without documents: everything missing or outdated in that language)
 * POST /api/translation-xliff?locale=ar – body: the translated XLIFF; answers with a per-unit report
 */
export const xliffEndpoints: Endpoint[] = [
  {
    path: '/translation-xliff',
    method: 'get',
    handler: async (req) => {
      const checked = await checkLocale(req)
      if (checked instanceof Response) return checked
      const requested = new URL(req.url ?? 'http://localhost').searchParams.get('documents')
      const documents = requested
        ? requested
            .split(',')
            .map((entry) => {
              const [collection, id] = entry.split(':')
              return { collection: collection as CollectionSlug, id: id! }
            })
            .filter((entry) => translatedCollections.includes(entry.collection) && entry.id)
        : await openDocuments(req, checked.locale, translatedCollections)
      const xml = await exportXliff(req, { locale: checked.locale, documents, onlyOpen: !requested })
      return new Response(xml, {
        headers: {
          'Content-Type': 'application/xliff+xml; charset=utf-8',
          'Content-Disposition': `attachment; filename="wir-${checked.locale}-${new Date().toISOString().slice(0, 10)}.xlf"`,
        },
      })
    },
  },
  {
    path: '/translation-xliff',
    method: 'post',
    handler: async (req) => {
      const checked = await checkLocale(req)
      if (checked instanceof Response) return checked
      const xml = (await req.text?.()) ?? ''
      const report = await importXliff(req, xml, { expectedLocale: checked.locale })
      return Response.json(report, { status: report.applied ? 200 : 422 })
    },
  },
]
