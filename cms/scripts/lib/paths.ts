import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const repoRoot = path.resolve(cmsDir, '..')
export const siteDir = path.join(repoRoot, 'site')

export const bin = {
  next: path.join(cmsDir, 'node_modules/.bin/next'),
  tsx: path.join(cmsDir, 'node_modules/.bin/tsx'),
  astro: path.join(siteDir, 'node_modules/.bin/astro'),
}
