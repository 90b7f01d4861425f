import { NotFound, type AfterErrorHook, type CollectionSlug } from 'payload'

import { maxImageBytes } from '../collections/Media/imageUploadRules'

/** SQLite (drizzle) messages and PostgreSQL codes for "this value cannot be that column's type". */
const badValueMessage =
  /Only finite numbers .* can be passed|cannot be passed as argument to the database|can only bind numbers, strings, bigints, buffers, and null/
const badValueCodes = new Set(['22P02', '22003', '22007', '22008', 'SQLITE_MISMATCH']) // invalid text, out of range, bad date/time, wrong type

/**
 * Requests the client got wrong before any value reaches the database: a malformed %-escape in
 * the path (`/api/measures/%ff`: the route matcher's decodeURIComponent throws a URIError) and a
 * `where` operator the field's type does not have (`where[id][near]=…`: the drizzle adapter
 * has no such operator for it and throws a TypeError), and a body that is not JSON.
 */
function isMalformedRequest(error: Error): boolean {
  return (
    error instanceof URIError ||
    // a request body that is not the JSON an endpoint reads (`await req.json()`)
    error instanceof SyntaxError ||
    /operators\[queryOperator\] is not a function/.test(error.message)
  )
}

/** Payload's multipart parser: over `upload.limits.fileSize` or the request size limit (both 50 MB). */
const tooLargeMessage = /^(File size limit|Multipart request size limit) has been reached/

/**
 * Turns errors caused by what a client sent into clear 4xx answers, where Payload would answer
 * 500 "Something went wrong." (and log an error): an id or a `where` value that is not a number
 * or a date reaches the database as NaN and fails there (`/api/measures/abc`,
 * `?where[id][in]=1,abc`), and an over-large upload fails in the parser with an English text
 * behind a 500. Real server errors stay 500.
 */
export const answerBadRequests: AfterErrorHook = ({ error, req }) => {
  const cause = error.cause as { code?: string; message?: string } | undefined
  if (tooLargeMessage.test(error.message)) {
    const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024)
    const limit = megabytes(req.payload.config.upload.limits?.fileSize ?? 0)
    return {
      status: 413,
      response: {
        errors: [
          {
            message: `Die Datei ist zu groß: höchstens ${limit} MB werden angenommen (Bilder höchstens ${megabytes(maxImageBytes)} MB). Bitte verkleinern Sie sie; gespeichert wurde nichts.`,
          },
        ],
      },
    }
  }
  const params = req.routeParams as { collection?: string; id?: string } | undefined
  const collection = params?.collection ? req.payload.collections[params.collection as CollectionSlug] : undefined
  // The version history of a collection that keeps none: nothing to find (the table does not exist).
  const pathname = new URL(req.url ?? '', 'http://localhost').pathname
  const keepsNoVersions = collection && !collection.config.versions && /\/versions(\/|$)/.test(pathname)
  // E-mail verification of an account collection that does not verify e-mail addresses: no such thing.
  const verifiesNoEmail = collection?.config.auth && !collection.config.auth.verify && /\/verify\//.test(pathname)
  if (keepsNoVersions || verifiesNoEmail) {
    return { status: 404, response: { errors: [{ message: new NotFound(req.t).message }] } }
  }
  const isBadValue =
    badValueMessage.test(`${error.message} ${cause?.message ?? ''}`) || badValueCodes.has(cause?.code ?? '')
  if (!isBadValue && !isMalformedRequest(error)) return
  if (req.method === 'GET' && params?.collection && params.id !== undefined) {
    // The same answer as for a numeric id that does not exist.
    return { status: 404, response: { errors: [{ message: new NotFound(req.t).message }] } }
  }
  return {
    status: 400,
    response: {
      errors: [
        {
          message:
            'Ungültige Anfrage: ein Wert passt nicht zu seinem Feld (z. B. eine ID, die keine Zahl ist, oder ein ungültiges Datum).',
        },
      ],
    },
  }
}
