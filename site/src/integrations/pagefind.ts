/**
 * Builds the pagefind search indexes over dist at the end of `astro build` (Node API, as
 * Starlight does). pagefind splits the main bundle by <html lang>, so every language gets its
 * own index; plain-German pages carry lang="de" and share the German index, told apart by the
 * `variant` filter. A second bundle holds the German pages alone (see pagefind-bundles.ts).
 * Only <main data-pagefind-body> of content pages is indexed; text shown as a fallback in another
 * language carries data-pagefind-ignore.
 */
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import type { AstroIntegration } from 'astro'
// Static import: the config's module runner is closed by the time build:done runs.
import { close, createIndex } from 'pagefind'
import { mainBundle, secondaryBundle, secondaryGlob } from './pagefind-bundles.ts'

async function writeBundle(outDir: string, bundle: string, glob?: string): Promise<number> {
  const { index, errors } = await createIndex({})
  if (!index) throw new Error(`pagefind: could not create the index ${bundle}: ${errors.join('; ')}`)
  const added = await index.addDirectory({ path: outDir, ...(glob ? { glob } : {}) })
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`)
  const written = await index.writeFiles({ outputPath: join(outDir, bundle) })
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
  await index.deleteIndex()
  return added.page_count
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'wir-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        try {
          const all = await writeBundle(outDir, mainBundle)
          const german = await writeBundle(outDir, secondaryBundle, secondaryGlob)
          logger.info(`indexed ${all} pages into ${mainBundle}/ and ${german} into ${secondaryBundle}/`)
        } finally {
          await close()
        }
      },
    },
  }
}
