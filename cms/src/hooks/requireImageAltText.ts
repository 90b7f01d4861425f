import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { getLocale } from '@wir/shared/locales'

import { readyLocales } from '../export/translationGate'

type Doc = Record<string, unknown>
const idOf = (value: unknown): string | number | null =>
  value === null || value === undefined || value === ''
    ? null
    : typeof value === 'object'
      ? ((value as { id: string | number }).id ?? null)
      : (value as string | number)

/**
 * Refuses to publish a page or news item whose image lacks alternative text in a language the
 * document appears in (German always, other languages once marked "Fertig"): a blind reader
 * would hear nothing, or a file name. Drafts may be saved without it.
 */
export const requireImageAltText: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (data._status !== 'published') return data
  const image = idOf(data.image !== undefined ? data.image : originalDoc?.image)
  if (image === null) return data

  // Reads in all locales share this save's request (its transaction), and the Local API sets
  // the request's locale to theirs: the save's own locale is put back afterwards.
  const { locale, fallbackLocale } = req
  const readAllLocales = async <T>(read: () => Promise<T>): Promise<T> => {
    try {
      return await read()
    } finally {
      req.locale = locale
      req.fallbackLocale = fallbackLocale
    }
  }
  // The save carries one locale's values; the translation states of the others are stored.
  let states: Record<string, unknown> = {}
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const stored = (await readAllLocales(() =>
      req.payload.findByID({
        collection: collection.slug as 'pages',
        id: originalDoc.id,
        locale: 'all',
        draft: true,
        depth: 0,
        req,
        disableErrors: true,
      }),
    )) as Doc | null
    states = { ...((stored?.translationState as Doc | undefined) ?? {}) }
  }
  if (locale && locale !== 'all' && data.translationState !== undefined) states[locale] = data.translationState
  const needed = readyLocales({ translationState: states })

  const media = (await readAllLocales(() =>
    req.payload.findByID({ collection: 'media', id: image, locale: 'all', depth: 0, req, disableErrors: true }),
  )) as Doc | null
  if (!media) return data
  const alt = (media.alt ?? {}) as Record<string, string | null | undefined>
  const missing = [...needed].filter((locale) => !alt[locale]?.trim())
  if (missing.length === 0) return data

  const names = missing.map((code) => {
    const row = getLocale(code)
    if (row.code === 'de') return 'Deutsch'
    return row.nativeName === row.englishName ? row.nativeName : `${row.nativeName} (${row.englishName})`
  })
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: 'image',
        message:
          `Veröffentlichen nicht möglich: Dem Bild „${String(media.filename ?? image)}“ fehlt der Alternativtext für ${names.join(', ')}. ` +
          'Bitte öffnen Sie das Bild unter „Bilder“, wählen Sie oben die Sprache und tragen Sie beschreibend ein, was darauf zu sehen ist. ' +
          'Als Entwurf speichern können Sie die Seite schon jetzt.',
      },
    ],
  })
}
