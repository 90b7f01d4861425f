import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import sitemap from '@astrojs/sitemap'
import { buildSiteData, loadSnapshotFile, resolveSnapshotPath } from './src/content/snapshot.ts'
import { sitemapEntries } from './src/lib/sitemapEntries.ts'
import notFoundPages from './src/integrations/notFoundPages.ts'
import pagefind from './src/integrations/pagefind.ts'

const siteRoot = fileURLToPath(new URL('.', import.meta.url))
const site = process.env.SITE_URL || 'http://localhost:4321'

// Resolve and validate the snapshot before anything is built, so a missing or invalid export
// fails the build at once with a clear message. Pages load it again through the same module.
const snapshotPath = resolveSnapshotPath(siteRoot)
const data = buildSiteData(loadSnapshotFile(snapshotPath))
const sitemapUrls = sitemapEntries(data, site)

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
  integrations: process.env.WIR_ONLY_PATH
    ? []
    : [
        sitemap({
          // Only real language versions, each with the hreflang links its <head> has (lib/sitemapEntries.ts).
          filter: (page) => sitemapUrls.has(page),
          serialize: (item) => {
            const links = sitemapUrls.get(item.url)
            return { ...item, links: links && links.length > 1 ? links.map((link) => ({ ...link })) : undefined }
          },
        }),
        notFoundPages(),
        pagefind(),
      ],
})
