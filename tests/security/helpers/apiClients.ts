import type { CollectionSlug, Payload, Where } from 'payload'

export type Result =
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of an attacked API are untyped JSON
  | { ok: true; doc?: Record<string, any>; docs?: Record<string, any>[] }
  | { ok: false; refusal: 'denied' | 'notfound' | 'invalid' | 'error'; message: string }

type Upload = { data: Buffer; mimetype: string; name: string; size: number }
type Common = { collection: CollectionSlug; locale: string }

/** The operations of the matrix, once over the Local API and once over HTTP. */
export type ApiClient = {
  find(args: Common & { draft?: boolean; where?: Where }): Promise<Result>
  findByID(args: Common & { id: number | string }): Promise<Result>
  create(args: Common & { data: Record<string, unknown>; file?: Upload }): Promise<Result>
  update(args: Common & { id: number | string; data: Record<string, unknown> }): Promise<Result>
  delete(args: Common & { id: number | string }): Promise<Result>
  findVersions(args: Common & { parent: number | string }): Promise<Result>
  restoreVersion(args: Common & { versionId: number | string }): Promise<Result>
}

function refusalOf(status: number | undefined, name: string | undefined): 'denied' | 'notfound' | 'invalid' | 'error' {
  if (status === 401 || status === 403 || name === 'Forbidden' || name === 'UnauthorizedError') return 'denied'
  // 501 "Cannot GET …": the collection has no REST route at all.
  if (status === 404 || status === 501 || name === 'NotFound') return 'notfound'
  if (status === 400 || name === 'ValidationError') return 'invalid'
  return 'error'
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of an attacked API are untyped JSON
async function settle(operation: () => Promise<any>): Promise<Result> {
  try {
    const value = await operation()
    return { ok: true, doc: value?.docs ? undefined : value, docs: value?.docs }
  } catch (error) {
    const { status, name, message } = error as { status?: number; name?: string; message: string }
    return { ok: false, refusal: refusalOf(status, name), message: `${name}: ${message}` }
  }
}

/** Payload's Local API with access control on, as the given user (none: an anonymous visitor). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of an attacked API are untyped JSON
export function localClient(payload: Payload, user: Record<string, any> | undefined): ApiClient {
  const as = { overrideAccess: false, user: user ? { ...user, collection: 'users' } : undefined, depth: 0 } as const
  const locale = (value: string) => value as never
  return {
    find: ({ collection, locale: l, draft, where }) =>
      settle(() => payload.find({ ...as, collection, locale: locale(l), draft, where, pagination: false })),
    findByID: ({ collection, locale: l, id }) =>
      settle(() => payload.findByID({ ...as, collection, locale: locale(l), id })),
    create: ({ collection, locale: l, data, file }) =>
      settle(() => payload.create({ ...as, collection, locale: locale(l), data: data as never, file, draft: true })),
    update: ({ collection, locale: l, id, data }) =>
      settle(() => payload.update({ ...as, collection, locale: locale(l), id, data: data as never })),
    delete: ({ collection, locale: l, id }) =>
      settle(() => payload.delete({ ...as, collection, locale: locale(l), id })),
    findVersions: ({ collection, locale: l, parent }) =>
      settle(() =>
        payload.findVersions({ ...as, collection, locale: locale(l), where: { parent: { equals: parent } } }),
      ),
    restoreVersion: ({ collection, locale: l, versionId }) =>
      settle(() =>
        payload.restoreVersion({ ...as, collection, locale: locale(l), id: versionId as never, draft: true }),
      ),
  }
}

/** `where` as Payload's REST API reads it (qs brackets). */
export function whereQuery(where: Where, prefix = 'where'): string[] {
  return Object.entries(where).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? whereQuery(value as Where, `${prefix}[${key}]`)
      : [`${encodeURIComponent(`${prefix}[${key}]`)}=${encodeURIComponent(String(value))}`],
  )
}

/**
 * The same operations over real HTTP, with the role's session cookie (none: anonymous) and the
 * headers the admin's own pages send (same origin), as a signed-in browser would.
 */
export function restClient(origin: string, cookie: string | undefined): ApiClient {
  async function call(method: string, path: string, query: string[], body?: unknown, file?: Upload): Promise<Result> {
    const headers: Record<string, string> = { origin, 'sec-fetch-site': 'same-origin', ...(cookie ? { cookie } : {}) }
    let payloadBody: BodyInit | undefined
    if (file) {
      const form = new FormData()
      form.append('_payload', JSON.stringify(body))
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      payloadBody = form
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json'
      payloadBody = JSON.stringify(body)
    }
    const response = await fetch(`${origin}/api${path}?${query.join('&')}`, { method, headers, body: payloadBody })
    const text = await response.text()
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of an attacked API are untyped JSON
    let json: any
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    if (response.ok) return { ok: true, doc: json?.doc ?? (json?.docs ? undefined : json), docs: json?.docs }
    return {
      ok: false,
      refusal: refusalOf(response.status, undefined),
      message: `${response.status} ${text.slice(0, 200)}`,
    }
  }
  const common = (locale: string) => [`locale=${locale}`, 'depth=0']
  return {
    find: ({ collection, locale, draft, where }) =>
      call('GET', `/${collection}`, [
        ...common(locale),
        'pagination=false',
        ...(draft ? ['draft=true'] : []),
        ...(where ? whereQuery(where) : []),
      ]),
    findByID: ({ collection, locale, id }) => call('GET', `/${collection}/${id}`, common(locale)),
    create: ({ collection, locale, data, file }) =>
      call('POST', `/${collection}`, [...common(locale), 'draft=true'], data, file),
    update: ({ collection, locale, id, data }) => call('PATCH', `/${collection}/${id}`, common(locale), data),
    delete: ({ collection, locale, id }) => call('DELETE', `/${collection}/${id}`, common(locale)),
    findVersions: ({ collection, locale, parent }) =>
      call('GET', `/${collection}/versions`, [...common(locale), ...whereQuery({ parent: { equals: parent } })]),
    restoreVersion: ({ collection, locale, versionId }) =>
      call('POST', `/${collection}/versions/${versionId}`, [...common(locale), 'draft=true']),
  }
}
