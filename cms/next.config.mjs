import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // shared/ is TypeScript source imported by CMS and site alike.
  transpilePackages: ['@wir/shared'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
