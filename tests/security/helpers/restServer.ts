import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleEndpoints, type SanitizedConfig } from 'payload'

async function body(request: IncomingMessage): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Payload's REST API over real HTTP: the same `handleEndpoints` the admin's Next route
 * (`app/(payload)/api/[...slug]/route.ts`) calls, behind a plain Node server, so requests carry
 * real cookies, Origin headers and multipart bodies without building the admin.
 */
export async function startRestServer(config: SanitizedConfig, port = 0) {
  const server = createServer(async (incoming, outgoing) => {
    try {
      const url = `http://${incoming.headers.host}${incoming.url}`
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers))
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      const request = new Request(url, {
        method: incoming.method,
        headers,
        body: (await body(incoming)) as BodyInit | undefined,
      })
      const response = await handleEndpoints({ config, request })
      const responseHeaders: Record<string, string[]> = {}
      response.headers.forEach((value, name) => (responseHeaders[name] ??= []).push(value))
      const setCookies = response.headers.getSetCookie()
      if (setCookies.length) responseHeaders['set-cookie'] = setCookies
      outgoing.writeHead(response.status, responseHeaders)
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      // What Next would answer for an exception escaping the route: a 500 the tests must see.
      outgoing.writeHead(500, { 'content-type': 'text/plain' })
      outgoing.end(`unhandled: ${(error as Error).message}`)
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** Signs in through REST and returns the cookie header the admin's browser would send. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login of ${email} failed: ${response.status} ${await response.text()}`)
  const cookie = response.headers.getSetCookie().find((entry) => entry.startsWith('payload-token='))
  if (!cookie) throw new Error(`login of ${email} set no payload-token cookie`)
  return cookie.split(';')[0]!
}
