import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import path from 'node:path'

/** A hash over every path, symlink target and file byte under a directory (links not followed). */
export function treeHash(root: string): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      const stat = lstatSync(full)
      hash.update(path.relative(root, full))
      if (stat.isSymbolicLink()) hash.update(`->${readlinkSync(full)}`)
      else if (stat.isDirectory()) walk(full)
      else hash.update(readFileSync(full))
    }
  }
  walk(root)
  return hash.digest('hex')
}
