import { ValidationError, type CollectionBeforeOperationHook, type Where } from 'payload'

export const codeChangeMessage =
  'Der Kurzcode eines Formulars kann nicht geändert werden: Er ist auf das Papier gedruckt. Für eine neue Ausgabe legen Sie bitte ein neues Formular an.'

/**
 * The code is printed on paper: any attempt to change it is refused with a message, not silently
 * ignored. Runs before field access and validation, so it catches every role and every route.
 */
export const keepFormCode: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  const code = (args.data as { code?: unknown } | undefined)?.code
  if (code === undefined) return args
  const target = args as { id?: number | string; where?: Where }
  const where: Where = target.id !== undefined ? { id: { equals: target.id } } : (target.where ?? {})
  const { docs } = await req.payload.find({
    collection: 'forms',
    where,
    depth: 0,
    pagination: false,
    draft: true,
    req,
    select: { code: true },
  })
  if (docs.some((doc) => doc.code !== code)) {
    throw new ValidationError({ collection: 'forms', errors: [{ path: 'code', message: codeChangeMessage }] })
  }
  return args
}
