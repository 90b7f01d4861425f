import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import sitemap from '@astrojs/sitemap'
import { defaultLocale, getLocale, locales } from '@wir/shared/locales'
import { buildSiteData, loadSnapshotFile, resolveSnapshotPath } from './src/content/snapshot.ts'
import { redirectPages } from './src/lib/redirects.ts'
import { hreflangOf } from './src/lib/site.ts'
import pagefind from './src/integrations/pagefind.ts'

const siteRoot = fileURLToPath(new URL('.', import.meta.url))
const site = process.env.SITE_URL || 'http://localhost:4321'

// Resolve and validate the snapshot before anything is built, so a missing or invalid export
// fails the build at once with a clear message. Pages load it again through the same module.
const snapshotPath = resolveSnapshotPath(siteRoot)
const data = buildSiteData(loadSnapshotFile(snapshotPath))
const redirectUrls = new Set(redirectPages(data, () => {}).map((redirect) => new URL(redirect.from, site).href))
const rootUrl = new URL('/', site).href
const defaultPrefix = new URL(`/${getLocale(defaultLocale).path}/`, site).href

export default defineConfig({
  site,
  output: 'static',
  // The portal's build pipeline and the tests build elsewhere than the default dist/.
  outDir: process.env.WIR_SITE_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    define: { __WIR_SNAPSHOT_PATH__: JSON.stringify(snapshotPath) },
  },
  // A draft preview renders one page with the same components; no sitemap, no search index.
  integrations: process.env.WIR_ONLY_PATH ? [] : [
    sitemap({
      // Every language version of a page lists all others (hreflang from the locale table).
      i18n: {
        defaultLocale: getLocale(defaultLocale).path,
        locales: Object.fromEntries(locales.map((row) => [row.path, hreflangOf(row)])),
      },
      filter: (page) => !redirectUrls.has(page),
      serialize(item) {
        // The root is the language chooser, not a German page (the integration treats paths
        // without locale prefix as the default locale): no alternates for it, and not one of them.
        if (item.url === rootUrl) return { ...item, links: undefined }
        // New arrays: the integration shares one links array between the pages of a group.
        const links = (item.links ?? []).filter((link) => link.url !== rootUrl)
        const german = links.find((link) => link.url.startsWith(defaultPrefix))
        if (german) links.push({ url: german.url, lang: 'x-default' })
        return { ...item, links: links.length > 1 ? links : undefined }
      },
    }),
    pagefind(),
  ],
})
