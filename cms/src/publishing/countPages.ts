import { readdirSync } from 'node:fs'
import path from 'node:path'

/** HTML pages (index.html files) under a built site. */
export function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (total, entry) =>
      total + (entry.isDirectory() ? countPages(path.join(dir, entry.name)) : entry.name === 'index.html' ? 1 : 0),
    0,
  )
}
