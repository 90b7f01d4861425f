import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Every admin and API response: never framed by another page (clickjacking of "Veröffentlichen"
 * or "Löschen"), and never content-sniffed (an upload served as something it is not).
 */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // shared/ is TypeScript source imported by CMS and site alike.
  transpilePackages: ['@wir/shared'],
  poweredByHeader: false,
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
