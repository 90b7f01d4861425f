/**
 * Builds the pagefind search index over dist at the end of `astro build` (Node API, as
 * Starlight does). pagefind splits the index by <html lang>, so every language gets its own;
 * plain-German pages carry lang="de" and share the German index, told apart by a filter.
 * Only <main data-pagefind-body> of content pages is indexed; text shown as a fallback in another
 * language carries data-pagefind-ignore.
 */
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import type { AstroIntegration } from 'astro'
// Static import: the config's module runner is closed by the time build:done runs.
import { close, createIndex } from 'pagefind'

export default function pagefind(): AstroIntegration {
  return {
    name: 'wir-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const { index, errors } = await createIndex({})
        if (!index) throw new Error(`pagefind: could not create the index: ${errors.join('; ')}`)
        try {
          const added = await index.addDirectory({ path: outDir })
          if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`)
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') })
          if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
          logger.info(`indexed ${added.page_count} pages into ${join(outDir, 'pagefind')}`)
        } finally {
          await close()
        }
      },
    },
  }
}
