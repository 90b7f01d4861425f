import type { CollectionSlug, Field, PayloadRequest } from 'payload'

import { localizedValuesOf } from './localizedPaths'
import { plainText } from './plainText'
import { documentStatus, fieldStatuses, type DocumentStatus, type FieldReport } from './status'
import type { Tracking } from './tracking'

type Doc = Record<string, unknown> & { id: number | string; translationTracking?: Tracking | null }

/** Latest version (draft or published) of a document with every locale's stored values. */
export async function readForTranslation(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<Doc> {
  return (await req.payload.findByID({
    collection,
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    req,
    overrideAccess: false,
  })) as unknown as Doc
}

/** Every document of a collection, read as readForTranslation reads one. */
export async function readAllForTranslation(req: PayloadRequest, collection: CollectionSlug): Promise<Doc[]> {
  const { docs } = await req.payload.find({
    collection,
    locale: 'all',
    draft: true,
    depth: 0,
    pagination: false,
    req,
    overrideAccess: false,
  })
  return docs as unknown as Doc[]
}

export function reportFor({ fields, doc, locale }: { fields: readonly Field[]; doc: Doc; locale: string }): {
  status: DocumentStatus
  fields: FieldReport[]
} {
  const values = localizedValuesOf(fields, doc, locale)
  const translatedPaths = new Set([...values].filter(([, value]) => plainText(value) !== '').map(([path]) => path))
  const reports = fieldStatuses({ tracking: doc.translationTracking, locale, translatedPaths })
  return { status: documentStatus(reports), fields: reports }
}
