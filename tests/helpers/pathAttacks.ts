import { request as httpRequest } from 'node:http'

import { expect } from 'vitest'

/**
 * Paths an attacker tries on a static web server: open redirects (protocol-relative and
 * backslash hosts, encoded or not) and path traversal (encoded dots and slashes, nulls,
 * overlong UTF-8). Raw, as they go on the wire: clients would normalise many of them.
 */
export const pathAttacks = [
  '/.//de',
  '/%2e//de',
  '/%2e//de/massnahmen',
  '/.//de/massnahmen',
  '/./%2e//de',
  '//evil.example/',
  '//evil.example/de',
  '///evil.example/de',
  '/\\evil.example/',
  '/\\/evil.example/de',
  '/%5cevil.example',
  '/%5c%5cevil.example/',
  '/%2f%2fevil.example',
  '/%2F/evil.example/de',
  '/de/%2f%2fevil.example',
  '/de/..%2f..%2f..%2fetc/passwd',
  '/..%2f..%2fetc/passwd',
  '/%2e%2e/',
  '/%2e%2e/secret.txt',
  '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/de/%2e%2e/%2e%2e/secret.txt',
  '/.%2e/secret.txt',
  '/%2e./secret.txt',
  '/..;/secret.txt',
  '/../secret.txt',
  '/de/../../secret.txt',
  '/%00',
  '/de%00/',
  '/de/%00',
  '/de/index.html%00.css',
  '/%2e%2e%00/secret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/%c0%af',
  '/%',
  '/%zz/',
  '/de/%2e%2e%5c%2e%2e%5csecret.txt',
  '/F/..%2f..%2fsecret.txt',
  '/f/k7m3x/%2f%2fevil.example',
]

export type PathReply = { status: number; location?: string; body: string }

/**
 * What every answer to an attack must be: no 5xx, a Location only ever to this origin, and
 * never the secret file beside the release or the system's password file.
 */
export function expectHarmless(attempt: string, reply: PathReply, origin: string) {
  expect(reply.status, attempt).toBeLessThan(500)
  if (reply.location !== undefined) {
    expect(new URL(reply.location, `${origin}/`).origin, `${attempt} → ${reply.location}`).toBe(origin)
    expect(reply.location, attempt).toMatch(/^\/(?![/\\])/)
  }
  expect(reply.body, attempt).not.toContain('geheim')
  expect(reply.body, attempt).not.toMatch(/root:.*:0:0:/)
}

/** A GET with the path on the wire exactly as written (fetch and URL strings would normalise it). */
export function rawGet(base: string, pathname: string): Promise<PathReply> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: pathname }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode!, location: res.headers.location, body: Buffer.concat(chunks).toString() }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}
