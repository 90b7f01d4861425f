import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { randomFormCode } from '@wir/shared/formCode'

async function isTaken(req: PayloadRequest, code: string): Promise<boolean> {
  const [registered, forms] = await Promise.all([
    req.payload.count({ collection: 'form-codes', where: { code: { equals: code } }, req }),
    req.payload.count({ collection: 'forms', where: { code: { equals: code } }, req }),
  ])
  return registered.totalDocs > 0 || forms.totalDocs > 0
}

/**
 * A new form gets a code no form ever had (the registry remembers deleted forms' codes too),
 * reserved in the registry within the same transaction: if saving fails, the code is free again.
 * Whatever a client sends as code on create is ignored (e.g. a duplicated form's code).
 */
export const assignFormCode: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  for (let attempt = 0; attempt < 50; attempt++) {
    const code = randomFormCode()
    if (await isTaken(req, code)) continue
    await req.payload.create({ collection: 'form-codes', data: { code, germanTitle: data.germanTitle ?? '' }, req })
    return { ...data, code }
  }
  throw new APIError(
    'Es konnte kein freier Kurzcode gefunden werden. Bitte versuchen Sie es noch einmal.',
    500,
    null,
    true,
  )
}

/** Notes the form's id beside its code once the form exists. */
export const recordFormCode: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !doc.code) return doc
  await req.payload.update({
    collection: 'form-codes',
    where: { code: { equals: doc.code } },
    data: { form: String(doc.id) },
    req,
  })
  return doc
}
