import type { CollectionSlug, Payload } from 'payload'

type Data = Record<string, unknown>
type Row = Data & { id?: string }

/**
 * Creates a published document from per-locale data, unless a document with this import key
 * exists (then nothing is touched: editors' later changes always win over the seed).
 * The first locale creates the document; further locales update it, reusing array row ids so
 * that translated array rows stay the same rows.
 */
export async function createLocalized({
  payload,
  collection,
  key,
  shared,
  perLocale,
}: {
  payload: Payload
  collection: CollectionSlug
  key: string
  shared: Data
  perLocale: Partial<Record<string, Data>>
}): Promise<{ id: number | string; created: boolean }> {
  const existing = await payload.find({
    collection,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  if (existing.docs[0]) return { id: existing.docs[0].id, created: false }

  const entries = Object.entries(perLocale).filter((entry): entry is [string, Data] => entry[1] !== undefined)
  const [first, ...rest] = entries
  if (!first) throw new Error(`Seed entry ${collection}/${key} has no text in any locale`)
  const context = { skipRedirects: true, isSeed: true }
  const doc = await payload.create({
    collection,
    locale: first[0] as never,
    data: { ...shared, ...first[1], key, _status: 'published' } as never,
    context,
    depth: 0,
  })
  for (const [locale, data] of rest) {
    const current = (await payload.findByID({
      collection,
      id: doc.id,
      depth: 0,
      locale: locale as never,
      draft: true,
    })) as unknown as Data
    await payload.update({
      collection,
      id: doc.id,
      locale: locale as never,
      data: { ...withRowIds(data, current), _status: 'published' } as never,
      context,
      depth: 0,
    })
  }
  return { id: doc.id, created: true }
}

/** Array rows of a later locale take the ids of the rows the first locale created, at any depth. */
function withRowIds(data: Data, current: Data): Data {
  return Object.fromEntries(
    Object.entries(data).map(([name, value]) => {
      const currentRows = current?.[name]
      if (!Array.isArray(value) || !Array.isArray(currentRows)) return [name, value]
      return [
        name,
        (value as Row[]).map((row, index) => {
          const currentRow = (currentRows[index] ?? {}) as Row
          return { ...currentRow, ...withRowIds(row, currentRow), id: currentRow.id }
        }),
      ]
    }),
  )
}
