import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { run } from './run'
import { bin, cmsDir, repoRoot } from './paths'

const quiet = { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' }

/** Migrations, seed, first admin, snapshot export: one Payload process. */
export function prepareContent(): Promise<void> {
  return run(bin.tsx, ['src/cli/prepare-content.ts'], { cwd: cmsDir, label: 'Content export' })
}

/** The above, then the site built, checked and switched live (the build queue's pipeline). */
export function prepareAndPublish(): Promise<void> {
  return run(bin.tsx, ['src/cli/prepare-content.ts', '--publish'], {
    cwd: cmsDir,
    env: quiet,
    label: 'Content export and site build',
  })
}

/** Builds the admin (Next) only when its sources changed since the last build. */
export async function buildAdminIfChanged(): Promise<void> {
  const stamp = path.join(cmsDir, '.next/wir-source-hash')
  const hash = sourceHash()
  if (existsSync(path.join(cmsDir, '.next/BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    console.log('Admin build is up to date.')
    return
  }
  await run(bin.next, ['build'], {
    cwd: cmsDir,
    env: { ...quiet, NODE_OPTIONS: '--no-deprecation' },
    label: 'Admin build',
  })
  writeFileSync(stamp, hash)
}

function sourceHash(): string {
  const hash = createHash('sha256')
  const files = [
    ...listFiles(path.join(cmsDir, 'src')),
    ...listFiles(path.join(repoRoot, 'shared/src')),
    path.join(cmsDir, 'package.json'),
    path.join(cmsDir, 'next.config.mjs'),
    path.join(repoRoot, 'pnpm-lock.yaml'),
  ]
  for (const file of files.sort()) hash.update(file).update(readFileSync(file))
  return hash.digest('hex')
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? listFiles(full) : [full]
  })
}
