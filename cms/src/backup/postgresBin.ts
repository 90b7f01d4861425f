import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** A PostgreSQL program: on PATH, or where Debian's packages put them (newest version first). */
export function findPostgresBin(name: string): string | undefined {
  const fromPath = spawnSync('sh', ['-c', `command -v ${name}`])
    .stdout.toString()
    .trim()
  if (fromPath) return fromPath
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root).sort().reverse()
  return versions.map((version) => path.join(root, version, 'bin', name)).find((file) => existsSync(file))
}

export function requirePostgresBin(name: string): string {
  const found = findPostgresBin(name)
  if (!found) throw new Error(`${name} not found; install the PostgreSQL client programs (Debian: postgresql-client).`)
  return found
}
