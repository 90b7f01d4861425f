/**
 * What the public site sends besides its files: caching, content types and security headers.
 * One table for the Node server here and the nginx configuration in deploy/nginx (kept in
 * step by tests/integration/nginx-config.test.ts).
 */

import { beaconUrl } from '@wir/shared/beacon'

/**
 * No inline script anywhere on the site, so scripts need no 'unsafe-inline'; pagefind compiles
 * its search index reader to WebAssembly ('wasm-unsafe-eval') and runs it in a worker.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The policy this server sends: the scan pages count a scan at the CMS (another origin), so
 * that origin joins connect-src when a beacon is configured (the site build's rule, shared).
 */
export function contentSecurityPolicyFor(env: Record<string, string | undefined> = process.env): string {
  const beacon = beaconUrl(env)
  if (!beacon) return contentSecurityPolicy
  return contentSecurityPolicy.replace("connect-src 'self'", `connect-src 'self' ${new URL(beacon).origin}`)
}

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicyFor(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** Files whose names change with their content (Astro's bundles, pagefind's index chunks). */
// (pagefind's wasm.<lang>.pagefind and pagefind.js keep their names between builds: not here.)
export const hashedAssetPattern =
  /^\/(?:_astro\/|pagefind\/(?:fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/

export const immutable = 'public, max-age=31536000, immutable'
/** Everything else may be stored but must be revalidated (a cheap 304 via ETag). */
export const revalidate = 'no-cache'

export function cacheControlFor(pathname: string): string {
  return hashedAssetPattern.test(pathname) ? immutable : revalidate
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
}

export function contentTypeFor(file: string): string {
  const extension = file.slice(file.lastIndexOf('.')).toLowerCase()
  return types[extension] ?? 'application/octet-stream'
}

/** Text compresses well; pagefind's own files are gzip already, images are compressed. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/.test(contentType)
}
