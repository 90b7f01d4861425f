/**
 * Payload's REST API without a Next server: the same handler the admin's `/api/*` route calls
 * (access control, query parsing, hooks), on a Payload already booted by bootPayload().
 */
export async function rest(
  method: string,
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('@wir/cms/config')
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(`http://localhost${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config, request })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

export async function restLogin(email: string, password: string): Promise<string> {
  const { json } = await rest('POST', '/api/users/login', { body: { email, password } })
  if (typeof json.token !== 'string') throw new Error(`login failed for ${email}: ${JSON.stringify(json)}`)
  return json.token
}
