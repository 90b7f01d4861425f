import type { GeneratePreviewURL } from 'payload'

import { createPreviewToken } from './previewToken'

/**
 * The admin's "Vorschau" button: a signed link to the preview route of this CMS (relative, so
 * it works behind any host name), for the locale the editor is working in.
 */
export const previewUrl =
  (collection: string): GeneratePreviewURL =>
  (doc, { locale }) => {
    if (!doc?.id) return null
    const token = createPreviewToken({ collection, id: String(doc.id), locale: locale || 'de' })
    return `/api/vorschau?token=${encodeURIComponent(token)}`
  }
