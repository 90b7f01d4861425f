import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { defaultLocale, isLocaleCode } from '@wir/shared/locales'

import { canEditLocale } from '../access/canEditLocale'
import { readForTranslation, reportFor } from './documentReport'
import { confirmTranslation, emptyTracking, type Tracking } from './tracking'

const json = (body: unknown, status = 200) => Response.json(body, { status })

function requestedLocale(req: PayloadRequest, fallback?: string): string | undefined {
  const url = new URL(req.url ?? 'http://localhost')
  const locale = url.searchParams.get('locale') ?? fallback
  return locale && isLocaleCode(locale) ? locale : undefined
}

/**
 * GET  /api/<collection>/:id/translation-status?locale=ar – per-field status for one locale
 * POST /api/<collection>/:id/translation-confirm { locale, paths } – "still correct"
 */
export const translationEndpoints = (collection: CollectionSlug): Endpoint[] => [
  {
    path: '/:id/translation-status',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return json({ error: 'Bitte anmelden.' }, 401)
      const locale = requestedLocale(req)
      if (!locale || locale === defaultLocale) return json({ error: 'Bitte eine Zielsprache angeben.' }, 400)
      const doc = await readForTranslation(req, collection, req.routeParams?.id as string)
      const fields = req.payload.collections[collection]!.config.fields
      return json({ locale, ...reportFor({ fields, doc, locale }) })
    },
  },
  {
    path: '/:id/translation-confirm',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return json({ error: 'Bitte anmelden.' }, 401)
      // A body that is not JSON is a bad request, not a server error.
      const body = (await req.json?.().catch(() => undefined)) as { locale?: string; paths?: string[] } | undefined
      const locale = body?.locale
      if (
        !locale ||
        !isLocaleCode(locale) ||
        locale === defaultLocale ||
        !Array.isArray(body?.paths) ||
        !body.paths.every((path) => typeof path === 'string')
      ) {
        return json({ error: 'Sprache und Felder fehlen.' }, 400)
      }
      const mayEdit = await canEditLocale({ req: Object.assign(req, { locale }) } as never)
      if (!mayEdit) return json({ error: 'Sie dürfen diese Sprache nicht bearbeiten.' }, 403)
      const id = req.routeParams?.id as string
      const doc = await readForTranslation(req, collection, id)
      const tracking = confirmTranslation({
        tracking: (doc.translationTracking as Tracking | null) ?? emptyTracking(),
        locale,
        paths: body.paths,
        now: new Date().toISOString(),
      })
      await req.payload.update({
        collection,
        id,
        locale,
        draft: doc._status === 'draft',
        data: { translationTracking: tracking } as never,
        req,
        overrideAccess: false,
        context: { writeTranslationTracking: true, skipRedirects: true },
      })
      const fields = req.payload.collections[collection]!.config.fields
      return json({ locale, ...reportFor({ fields, doc: { ...doc, translationTracking: tracking }, locale }) })
    },
  },
]
