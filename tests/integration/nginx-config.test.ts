/**
 * The documented production nginx configuration (deploy/nginx) is valid (`nginx -t`) and, run
 * for real on a release folder, sends the same headers as the portal's own site server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { contentSecurityPolicy, securityHeaders } from '../../cms/scripts/serve/headers'
import { expectHarmless, pathAttacks, rawGet } from '../helpers/pathAttacks'
import { repoRoot } from '../scripts/e2e-environment'

const nginx = '/usr/sbin/nginx'
const port = Number(process.env.E2E_SITE_PORT || 4399) + 2
let work: string
let conf: string
let server: ChildProcess | undefined

function release(name: string, heading: string) {
  const dir = path.join(work, 'releases', name)
  mkdirSync(path.join(dir, 'de/massnahmen'), { recursive: true })
  mkdirSync(path.join(dir, '_astro'), { recursive: true })
  writeFileSync(path.join(dir, 'de/massnahmen/index.html'), '<h1>Maßnahmen</h1>')
  writeFileSync(path.join(dir, 'de/index.html'), `<h1>${heading}</h1>${'<p>Wir sind Hannover</p>'.repeat(50)}`)
  writeFileSync(path.join(dir, '404.html'), '<h1>Seite nicht gefunden</h1>')
  writeFileSync(path.join(dir, '_astro/site.Ab12Cd.css'), 'body{margin:0}')
  symlinkSync(path.join('releases', name), path.join(work, 'live.tmp'))
  renameSync(path.join(work, 'live.tmp'), path.join(work, 'live'))
}

beforeAll(() => {
  // Installed from Debian by tests/scripts/ensure-system-packages.ts.
  expect(
    existsSync(nginx),
    'nginx from Debian is missing; run `pnpm test` (installs it) or apt-get install nginx',
  ).toBe(true)
  work = mkdtempSync(path.join(os.tmpdir(), 'wir-nginx-'))
  const deploy = path.join(repoRoot, 'deploy/nginx')
  const site = readFileSync(path.join(deploy, 'wir-site.conf'), 'utf8')
    .replaceAll('/srv/wir/deploy/nginx/', `${deploy}/`)
    .replace('root /srv/wir/cms/data/site/live;', `root ${work}/live;`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
  writeFileSync(path.join(work, 'site.conf'), site)
  conf = path.join(work, 'nginx.conf')
  const temp = (name: string) => `${name}_temp_path ${work}/${name};`
  writeFileSync(
    conf,
    `user root; worker_processes 1; daemon off; pid ${work}/nginx.pid; error_log ${work}/error.log;\n` +
      `events {}\nhttp { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off;\n` +
      `${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}\ninclude ${work}/site.conf; }\n`,
  )
})

afterAll(() => {
  if (server?.pid) process.kill(server.pid, 'SIGQUIT')
  rmSync(work, { recursive: true, force: true })
})

describe('the production nginx configuration', () => {
  test('should pass nginx -t', () => {
    const result = spawnSync(nginx, ['-t', '-c', conf, '-p', work], { encoding: 'utf8' })
    expect(result.stderr).toContain('syntax is ok')
    expect(result.status).toBe(0)
  })

  test('should list the same security policy as the Node site server', () => {
    const headers = readFileSync(path.join(repoRoot, 'deploy/nginx/security-headers.conf'), 'utf8')
    for (const [name, value] of Object.entries(securityHeaders))
      expect(headers).toContain(`add_header ${name} "${value}" always;`)
    expect(headers).toContain(contentSecurityPolicy)
  })

  test('should serve a release with revalidated HTML, immutable assets, gzip and the 404 page', async () => {
    release('r1', 'Erste Fassung')
    server = spawn(nginx, ['-c', conf, '-p', work], { stdio: 'ignore' })
    const base = `http://127.0.0.1:${port}`
    for (let attempt = 0; attempt < 50; attempt++) {
      if (
        await fetch(`${base}/de/`).then(
          () => true,
          () => false,
        )
      )
        break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const page = await fetch(`${base}/de/`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Erste Fassung')
    expect(page.headers.get('content-encoding')).toBe('gzip')
    expect(page.headers.get('cache-control')).toBe('no-cache')
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')

    const css = await fetch(`${base}/_astro/site.Ab12Cd.css`)
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(css.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')

    const folder = await fetch(`${base}/de`, { redirect: 'manual' })
    expect(folder.status).toBe(301)
    const missing = await fetch(`${base}/gibt-es-nicht/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Seite nicht gefunden')

    release('r2', 'Zweite Fassung')
    expect(await (await fetch(`${base}/de/`)).text()).toContain('Zweite Fassung')
  })

  test('should redirect only to paths on this site and never serve outside the release, whatever the path', async () => {
    // Runs on the server the test above started.
    const base = `http://127.0.0.1:${port}`
    writeFileSync(path.join(work, 'secret.txt'), 'geheim')
    writeFileSync(path.join(work, 'releases/secret.txt'), 'geheim')
    for (const attempt of pathAttacks) expectHarmless(attempt, await rawGet(base, attempt), base)
    expect((await rawGet(base, '/.//de')).location).toBe('/de/')
    expect((await rawGet(base, '/%2e//de/massnahmen')).location).toBe('/de/massnahmen/')
    console.info(`nginx: ${pathAttacks.length} traversal and open-redirect paths tried`)
  })
})
