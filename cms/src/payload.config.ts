import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig, type CollectionSlug } from 'payload'
import sharp from 'sharp'

import { collectionsWhere } from '@wir/shared/contentTypes'

import { Feedback } from './collections/Feedback'
import { FieldsOfAction } from './collections/FieldsOfAction'
import { Glossary } from './collections/Glossary'
import { FormCodes } from './collections/FormCodes'
import { FormPageImages, FormPdfs } from './collections/FormFiles'
import { Forms } from './collections/Forms'
import { FormScanCounts } from './collections/FormScanCounts'
import { Goals } from './collections/Goals'
import { Measures } from './collections/Measures'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Offices } from './collections/Offices'
import { Pages } from './collections/Pages'
import { SiteBuilds } from './collections/SiteBuilds'
import { Users } from './collections/Users'
import { VideoCaptions, Videos } from './collections/Videos'
import { databaseAdapter } from './database/adapter'
import { healthEndpoint } from './health/healthEndpoint'
import { cmsOrigins } from './env/cmsOrigins'
import { answerBadRequests } from './hooks/answerBadRequests'
import { answerNotFoundWithoutRestRoutes } from './hooks/noRestRouteIsNotFound'
import { emailAdapter } from './email/emailAdapter'
import { feedbackEndpoints } from './feedback/feedbackEndpoint'
import { globals } from './globals'
import { redirectsPluginTranslations } from './i18n/redirectsPlugin'
import { jobs } from './jobs'
import { localization } from './localization'
import { previewEndpoint } from './preview/previewEndpoint'
import { redirectsOverrides } from './plugins/redirectsOverrides'
import { xliffEndpoints } from './translation/xliff/xliffEndpoints'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Collections of the content types with this participation (shared/src/contentTypes.ts). */
const contentCollections = (has: Parameters<typeof collectionsWhere>[0]) => collectionsWhere(has) as CollectionSlug[]

const secret = process.env.PAYLOAD_SECRET
if (!secret) {
  throw new Error('PAYLOAD_SECRET is not set. `pnpm start` writes one into .env on first run; see .env.example.')
}

export default buildConfig({
  serverURL: process.env.CMS_URL || undefined,
  secret,
  // Only the admin's own origin may use the login cookie (see env/cmsOrigins.ts); without a list
  // Payload accepts the cookie from any origin. proxy/refuseCrossSiteWrites.ts closes the rest.
  csrf: cmsOrigins(),
  cors: cmsOrigins(),
  admin: {
    user: Users.slug,
    // Payload's default is Gravatar: every admin page would send an MD5 of the editor's e-mail
    // address to a US service (personal data, no consent) and show a broken image offline.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' – WIR 2.0 Redaktion' },
    components: {
      header: ['/components/BuildStatus/PublishingProblemBanner#PublishingProblemBanner'],
      beforeDashboard: ['/components/DashboardWelcome#DashboardWelcome', '/components/FeedbackDue#FeedbackDue'],
      afterNavLinks: [
        '/components/TranslationNavLink#TranslationNavLink',
        '/components/BuildStatus/BuildStatusNavLink#BuildStatusNavLink',
      ],
      views: {
        translations: { Component: '/components/TranslationDashboard#TranslationDashboard', path: '/uebersetzungen' },
        buildStatus: {
          Component: '/components/BuildStatus/BuildStatusView#BuildStatusView',
          path: '/veroeffentlichung',
        },
      },
    },
  },
  i18n: {
    supportedLanguages: { de, en },
    fallbackLanguage: 'de',
    // Plugins merge their own strings into these; only languages a plugin lacks are added here.
    translations: redirectsPluginTranslations,
  },
  localization,
  collections: [
    FieldsOfAction,
    Goals,
    Measures,
    Offices,
    Pages,
    News,
    Media,
    Videos,
    VideoCaptions,
    Glossary,
    Forms,
    FormPdfs,
    FormPageImages,
    FormCodes,
    FormScanCounts,
    Users,
    SiteBuilds,
    Feedback,
  ],
  globals,
  jobs,
  // Links between documents are references, not typed URLs: they follow slug changes and
  // lead to the same document in the reader's language.
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'link'),
      LinkFeature({ enabledCollections: contentCollections((row) => row.linkable) }),
    ],
  }),
  db: databaseAdapter(),
  sharp,
  // Hard ceiling for any upload; the form collections check their own, smaller limits with
  // German messages (collections/FormFiles/uploadRules.ts).
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },
  graphQL: { disable: true },
  hooks: { afterError: [answerBadRequests] },
  onInit: answerNotFoundWithoutRestRoutes,
  endpoints: [previewEndpoint, ...xliffEndpoints, ...feedbackEndpoints, healthEndpoint],
  email: emailAdapter(),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  plugins: [
    redirectsPlugin({
      collections: contentCollections((row) => row.redirects),
      overrides: redirectsOverrides,
    }),
    seoPlugin({
      collections: contentCollections((row) => row.seo),
      tabbedUI: false,
      // The admin sends the document being edited; a request without one gets an empty title.
      generateTitle: ({ doc }) => {
        const fields = doc as { title?: string; name?: string } | undefined
        return fields?.title ?? fields?.name ?? ''
      },
    }),
  ],
})
