import { ValidationError } from 'payload'

/**
 * Refuses an upload with the German reason as the error's own message. Payload's ValidationError
 * puts "The following field is invalid: file" at the top, which is what REST clients and the
 * admin's notice show, and the reason only inside `data.errors`; this keeps the field error (still
 * a 400 ValidationError) and makes the reason the message too.
 */
export function refuseUpload(collection: string | undefined, message: string): never {
  const error = new ValidationError({ collection, errors: [{ path: 'file', message }] })
  error.message = message
  throw error
}
