/**
 * The public site's web server for `pnpm start`: static files from the live release, resolved
 * per request (so a release switch takes effect at once and one response never mixes two
 * releases), with the caching, compression and security headers of ./headers. In production
 * nginx does the same job (deploy/nginx/wir-site.conf).
 */
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import { canonicalFormScanPath } from '@wir/shared/urls'

import { cacheControlFor, contentTypeFor, isCompressible, securityHeaders } from './headers'

type Encoding = 'br' | 'gzip'

/** Compressed bodies by file, version and encoding; small site, bounded anyway. */
class CompressedCache {
  private entries = new Map<string, Buffer>()
  private bytes = 0
  constructor(private readonly limit = 64 * 1024 * 1024) {}
  async get(file: string, etag: string, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}:${etag}:${file}`
    const hit = this.entries.get(key)
    if (hit) return hit
    const raw = await readFile(file)
    const body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(raw, { level: 9 })
    if (this.bytes + body.length > this.limit) {
      this.entries.clear()
      this.bytes = 0
    }
    this.entries.set(key, body)
    this.bytes += body.length
    return body
  }
}

function preferredEncoding(header: string | undefined): Encoding | undefined {
  const accepted = new Map(
    (header ?? '').split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
      return [name!, q ? Number(q.slice(2)) : 1] as const
    }),
  )
  if ((accepted.get('br') ?? 0) > 0) return 'br'
  if ((accepted.get('gzip') ?? 0) > 0) return 'gzip'
  return undefined
}

const statOrUndefined = (file: string): Stats | undefined => {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}

/**
 * The same path with one slash between segments and no backslash: what a redirect may send.
 * The URL parser turns `/.//de` and `/%2e//de` into `//de`, and a Location of `//de/` (or
 * `/\de/`) is another host to a browser.
 */
function sameOriginPath(pathname: string): string {
  return `/${pathname
    .split(/[\\/]+/)
    .filter(Boolean)
    .join('/')}`
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body?: Buffer | string) {
  response.writeHead(status, { ...securityHeaders, ...headers })
  response.end(body)
}

export function createSiteServer({ root }: { root: () => string | undefined }): Server {
  const cache = new CompressedCache()

  async function serveFile(
    request: IncomingMessage,
    response: ServerResponse,
    file: string,
    stat: Stats,
    pathname: string,
    status = 200,
  ) {
    const contentType = contentTypeFor(file)
    const etag = `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`
    const encoding =
      isCompressible(contentType) && stat.size > 512 ? preferredEncoding(request.headers['accept-encoding']) : undefined
    const headers: Record<string, string> = {
      'Content-Type': contentType,
      'Cache-Control': status === 200 ? cacheControlFor(pathname) : 'no-cache',
      ETag: encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag,
      'Last-Modified': stat.mtime.toUTCString(),
      Vary: 'Accept-Encoding',
    }
    if (status === 200 && request.headers['if-none-match']?.split(/\s*,\s*/).includes(headers.ETag!)) {
      return send(response, 304, headers)
    }
    if (encoding) {
      const body = await cache.get(file, etag, encoding)
      return send(
        response,
        status,
        { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length) },
        request.method === 'HEAD' ? undefined : body,
      )
    }
    response.writeHead(status, { ...securityHeaders, ...headers, 'Content-Length': String(stat.size) })
    if (request.method === 'HEAD') return response.end()
    createReadStream(file).pipe(response)
  }

  async function notFound(request: IncomingMessage, response: ServerResponse, base: string | undefined) {
    const page = base ? path.join(base, '404.html') : undefined
    const stat = page ? statOrUndefined(page) : undefined
    if (page && stat?.isFile()) return serveFile(request, response, page, stat, '/404.html', 404)
    send(
      response,
      404,
      { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' },
      'Seite nicht gefunden / Page not found',
    )
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(
        response,
        405,
        { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
        'Method not allowed',
      )
    }
    // Parsed as a path even when it starts with `//`, which the URL parser would take for a host.
    const target = request.url ?? '/'
    let url: URL
    let pathname: string
    try {
      url = new URL(target.startsWith('/') ? `http://site.invalid${target}` : target)
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return send(response, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad request')
    }
    if (pathname.includes('\0') || pathname.split('/').some((segment) => segment === '..')) {
      return send(response, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad request')
    }
    let base: string | undefined
    try {
      const configured = root()
      base = configured ? realpathSync(configured) : undefined
    } catch {
      base = undefined
    }
    if (!base) {
      return send(
        response,
        503,
        { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10', 'Cache-Control': 'no-store' },
        'Die Website wird gerade zum ersten Mal erzeugt. / The site is being built.',
      )
    }
    let file = path.join(base, pathname)
    if (file !== base && !file.startsWith(base + path.sep)) return notFound(request, response, base)
    let stat = statOrUndefined(file)
    // A printed form address typed by hand in lower case still finds its form.
    const formScan = stat ? undefined : canonicalFormScanPath(pathname)
    if (formScan && statOrUndefined(path.join(base, formScan))) {
      return send(response, 301, { Location: `${formScan}${url.search}`, 'Cache-Control': 'no-cache' })
    }
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        const location = `${sameOriginPath(url.pathname)}/${url.search}`
        return send(response, 301, { Location: location, 'Cache-Control': 'no-cache' })
      }
      file = path.join(file, 'index.html')
      stat = statOrUndefined(file)
    }
    if (!stat?.isFile()) return notFound(request, response, base)
    return serveFile(request, response, file, stat, pathname)
  }

  return createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      console.error(`Site server: ${request.url}: ${error.message}`)
      if (!response.headersSent) send(response, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Internal error')
      else response.destroy()
    })
  })
}
