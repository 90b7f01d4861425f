/**
 * Path traversal and open redirects against both ways the public site is served: the portal's
 * own static server (cms/scripts/serve/staticServer.ts) and the production nginx configuration
 * (deploy/nginx). Hundreds of generated paths; never a file outside the live release, never a
 * Location that leads to another host, never a 5xx.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createSiteServer } from '../../cms/scripts/serve/staticServer'
import { repoRoot } from '../scripts/e2e-environment'
import { redirectPaths, traversalPaths } from './helpers/pathCorpus'

const secret = 'GEHEIM-AUSSERHALB-DER-FASSUNG'
const nginx = '/usr/sbin/nginx'
const nginxPort = Number(process.env.E2E_SITE_PORT || 4399) + 3
let work: string
let nodeBase: string
let closeNode: () => void
let nginxProcess: ChildProcess | undefined
const tried: Record<string, number> = {}

type Reply = { status: number; location?: string; body: string }

/** Raw HTTP, so that a path reaches the server exactly as written (fetch would normalise it). */
function get(base: string, pathname: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base)
    // Options, not a URL string: Node would resolve "/./" and "/../" in a URL before sending it.
    const req = httpRequest({ hostname, port, path: pathname, method: 'GET' }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          location: res.headers.location,
          body: Buffer.concat(chunks).toString('latin1'),
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

function writeRelease(root: string) {
  const release = path.join(root, 'releases/r1')
  const pages = ['de', 'de/massnahmen', 'de/massnahmen/sprachkurse', 'F/K7M3X']
  for (const page of pages) {
    mkdirSync(path.join(release, page), { recursive: true })
    writeFileSync(path.join(release, page, 'index.html'), `<h1>${page}</h1>`)
  }
  mkdirSync(path.join(release, '_astro'), { recursive: true })
  mkdirSync(path.join(release, 'pagefind'), { recursive: true })
  writeFileSync(path.join(release, '_astro/site.Ab12Cd.css'), 'body{margin:0}')
  writeFileSync(path.join(release, 'pagefind/pagefind.js'), 'export {}')
  writeFileSync(path.join(release, '404.html'), '<h1>Seite nicht gefunden</h1>')
  // Beside the release, beside the releases folder, and above the site folder.
  for (const dir of [path.join(root, 'releases'), root, path.dirname(root)])
    writeFileSync(path.join(dir, 'geheim.txt'), secret)
  symlinkSync('releases/r1', path.join(root, 'live'))
}

async function startNginx(root: string) {
  const deploy = path.join(repoRoot, 'deploy/nginx')
  const site = readFileSync(path.join(deploy, 'wir-site.conf'), 'utf8')
    .replaceAll('/srv/wir/deploy/nginx/', `${deploy}/`)
    .replace('root /srv/wir/cms/data/site/live;', `root ${root}/live;`)
    .replace('listen 80;', `listen 127.0.0.1:${nginxPort};`)
  writeFileSync(path.join(work, 'site.conf'), site)
  const temp = (name: string) => `${name}_temp_path ${work}/${name};`
  writeFileSync(
    path.join(work, 'nginx.conf'),
    `user root; worker_processes 1; daemon off; pid ${work}/nginx.pid; error_log ${work}/error.log;\n` +
      `events {}\nhttp { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off;\n` +
      `${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}\ninclude ${work}/site.conf; }\n`,
  )
  nginxProcess = spawn(nginx, ['-c', path.join(work, 'nginx.conf'), '-p', work], { stdio: 'ignore' })
  const base = `http://127.0.0.1:${nginxPort}`
  for (let attempt = 0; attempt < 50; attempt++) {
    if (
      await get(base, '/de/').then(
        () => true,
        () => false,
      )
    )
      return base
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('nginx did not start')
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'wir-paths-'))
  const root = path.join(work, 'site')
  mkdirSync(root)
  writeRelease(root)
  const server = createSiteServer({ root: () => path.join(root, 'live') })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  nodeBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  closeNode = () => server.close()
})

afterAll(() => {
  closeNode?.()
  if (nginxProcess?.pid) process.kill(nginxProcess.pid, 'SIGQUIT')
  rmSync(work, { recursive: true, force: true })
  console.log(
    `Site paths tried: ${Object.entries(tried)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}`,
  )
})

/** What is wrong with one reply, or nothing. */
function problems(base: string, pathname: string, reply: Reply): string[] {
  const found: string[] = []
  if (reply.body.includes(secret)) found.push(`${pathname}: served a file outside the release`)
  if (reply.status >= 500) found.push(`${pathname}: answered ${reply.status}`)
  if (reply.location !== undefined) {
    const target = new URL(reply.location, `${base}/`)
    // A browser reads "/\host" like "//host": both leave the origin.
    if (target.origin !== base || /^[/\\]{2}/.test(reply.location) || /^[a-z]+:/i.test(reply.location))
      found.push(`${pathname}: redirects off the site to ${reply.location}`)
  }
  return found
}

async function attack(base: string, paths: string[], kind: string) {
  tried[kind] = (tried[kind] ?? 0) + paths.length
  const found: string[] = []
  for (const pathname of paths) found.push(...problems(base, pathname, await get(base, pathname)))
  return found
}

const traversals = [...traversalPaths('geheim.txt'), ...traversalPaths('etc/passwd')]

describe('the portal site server', () => {
  test('should never serve a file outside the live release, however the path is encoded', async () => {
    expect(await attack(nodeBase, traversals, 'traversal (site server)')).toEqual([])
  })

  test('should only ever redirect to a path on its own origin', async () => {
    expect(await attack(nodeBase, redirectPaths(), 'open redirect (site server)')).toEqual([])
  })
})

describe('the production nginx configuration', () => {
  let base: string
  beforeAll(async () => {
    expect(existsSync(nginx), 'nginx from Debian is missing; run `pnpm test` (installs it)').toBe(true)
    base = await startNginx(path.join(work, 'site'))
  })

  test('should never serve a file outside the live release, however the path is encoded', async () => {
    expect(await attack(base, traversals, 'traversal (nginx)')).toEqual([])
  })

  test('should only ever redirect to a path on its own origin', async () => {
    expect(await attack(base, redirectPaths(), 'open redirect (nginx)')).toEqual([])
  })
})
