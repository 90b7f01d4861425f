import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { dataDir } from '../database/location'

/**
 * The Astro project the build pipeline runs. Inside the Next server bundle import.meta.url may
 * not point at the source tree, so the working directory (cms/) is the fallback.
 */
export function siteSourceDir(): string {
  if (process.env.WIR_SITE_SOURCE_DIR) return path.resolve(process.env.WIR_SITE_SOURCE_DIR)
  const candidates = [
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../site'),
    path.resolve(process.cwd(), '../site'),
    path.resolve(process.cwd(), 'site'),
  ]
  const found = candidates.find((dir) => existsSync(path.join(dir, 'astro.config.ts')))
  if (!found) throw new Error(`Astro project not found (looked in ${candidates.join(', ')}); set WIR_SITE_SOURCE_DIR.`)
  return found
}

/**
 * Where built releases live: `releases/<id>/` (complete, checked builds), `live` (a symlink to
 * the release residents see), `staging/` (builds in progress). WIR_SITE_DIR overrides.
 */
export function siteRootDir(): string {
  return path.resolve(process.env.WIR_SITE_DIR || path.join(dataDir, 'site'))
}
