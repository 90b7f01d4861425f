import type { CollectionSlug, PayloadRequest } from 'payload'

import { contentTypes } from '@wir/shared/contentTypes'
import { defaultLocale, locales } from '@wir/shared/locales'

import { canManageContent, type PortalUser } from '../access/roles'
import { readAllForTranslation, reportFor } from './documentReport'
import type { DocumentStatus } from './status'

/** Collections whose documents are translated (they carry the translation fields): every content type. */
export const translatedCollections = contentTypes.map((row) => row.collection) as CollectionSlug[]

export type WorkItem = { collection: CollectionSlug; id: number | string; title: string; status: DocumentStatus }
export type LocaleOverview = { locale: string; counts: Record<DocumentStatus, number>; work: WorkItem[] }

/** The locales a user works on: translators their own, editors and admins every target locale. */
export function workingLocales(user: unknown): string[] {
  const targets = locales.map((row) => row.code).filter((code) => code !== defaultLocale)
  if (canManageContent(user)) return targets
  const own = (user as PortalUser | null)?.translationLocales ?? []
  return targets.filter((code) => own.includes(code))
}

/** Per locale: how many documents are missing / outdated / up to date, and the list to work through. */
export async function translationOverview(
  req: PayloadRequest,
  forLocales: readonly string[],
): Promise<LocaleOverview[]> {
  const overviews = forLocales.map((locale) => ({
    locale,
    counts: { missing: 0, outdated: 0, upToDate: 0, noSource: 0 },
    work: [] as WorkItem[],
  }))
  for (const collection of translatedCollections) {
    const docs = await readAllForTranslation(req, collection)
    const fields = req.payload.collections[collection]!.config.fields
    const titleField = req.payload.collections[collection]!.config.admin.useAsTitle ?? 'id'
    for (const doc of docs) {
      for (const overview of overviews) {
        const { status } = reportFor({ fields, doc, locale: overview.locale })
        overview.counts[status]++
        if (status === 'missing' || status === 'outdated') {
          overview.work.push({ collection, id: doc.id, title: String(doc[titleField] ?? doc.id), status })
        }
      }
    }
  }
  for (const overview of overviews)
    overview.work.sort((a, b) => Number(b.status === 'outdated') - Number(a.status === 'outdated'))
  return overviews
}
