import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { FieldsOfAction } from './collections/FieldsOfAction'
import { Goals } from './collections/Goals'
import { Measures } from './collections/Measures'
import { News } from './collections/News'
import { Offices } from './collections/Offices'
import { Pages } from './collections/Pages'
import { SiteBuilds } from './collections/SiteBuilds'
import { Users } from './collections/Users'
import { databaseAdapter } from './database/adapter'
import { jobs } from './jobs'
import { localization } from './localization'
import { previewEndpoint } from './preview/previewEndpoint'
import { redirectsOverrides } from './plugins/redirectsOverrides'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const secret = process.env.PAYLOAD_SECRET
if (!secret) {
  throw new Error('PAYLOAD_SECRET is not set. `pnpm start` writes one into .env on first run; see .env.example.')
}

export default buildConfig({
  serverURL: process.env.CMS_URL || undefined,
  secret,
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' – WIR 2.0 Redaktion' },
    components: {
      afterNavLinks: ['/components/BuildStatus/BuildStatusNavLink#BuildStatusNavLink'],
      views: {
        buildStatus: { Component: '/components/BuildStatus/BuildStatusView#BuildStatusView', path: '/veroeffentlichung' },
      },
    },
  },
  i18n: {
    supportedLanguages: { de, en },
    fallbackLanguage: 'de',
  },
  localization,
  collections: [FieldsOfAction, Goals, Measures, Offices, Pages, News, Users, SiteBuilds],
  jobs,
  endpoints: [previewEndpoint],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  graphQL: { disable: true },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  plugins: [
    redirectsPlugin({
      collections: ['fields-of-action', 'measures', 'offices', 'pages', 'news'],
      overrides: redirectsOverrides,
    }),
    seoPlugin({
      collections: ['fields-of-action', 'measures', 'pages', 'news'],
      tabbedUI: false,
      generateTitle: ({ doc }) => (doc as { title?: string; name?: string }).title ?? (doc as { name?: string }).name ?? '',
    }),
  ],
})
