/**
 * Astro writes `src/pages/[locale]/404.astro` as /{locale}/404/index.html (directory format);
 * static hosts look for /{locale}/404.html (the nearest 404.html, or one per path prefix). Moves
 * each into place after the build.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { locales } from '@wir/shared/locales'

export default function notFoundPages(): AstroIntegration {
  return {
    name: 'wir-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir)
        for (const row of locales) {
          const built = join(outDir, row.path, '404', 'index.html')
          if (!existsSync(built)) throw new Error(`[wir/site] ${built} missing: the per-locale 404 page was not built`)
          renameSync(built, join(outDir, row.path, '404.html'))
          rmdirSync(join(outDir, row.path, '404'))
        }
      },
    },
  }
}
