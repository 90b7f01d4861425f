import { spawn } from 'node:child_process'
import path from 'node:path'

// eslint-disable-next-line no-control-regex -- ESC starts the colour codes astro prints; they are stripped
const ansi = /\x1b\[[0-9;]*m/g

/**
 * `astro build` (pages, sitemap, pagefind index) from a snapshot into an output directory.
 * Output is kept in memory; on failure its last lines become the error editors see.
 */
export function runAstroBuild({
  siteDir,
  snapshot,
  outDir,
  env = {},
}: {
  siteDir: string
  snapshot: string
  outDir: string
  env?: Record<string, string>
}): Promise<void> {
  const astro = path.join(siteDir, 'node_modules/.bin/astro')
  return new Promise((resolve, reject) => {
    const tail: string[] = []
    const keep = (chunk: Buffer) => {
      // Stack frames say nothing to an editor; the message lines above them do.
      tail.push(
        ...chunk
          .toString('utf8')
          .replace(ansi, '')
          .split('\n')
          .filter((line) => line.trim() && !/^\s*(at |Stack trace:)/.test(line)),
      )
      tail.splice(0, Math.max(0, tail.length - 15))
    }
    const child = spawn(astro, ['build'], {
      cwd: siteDir,
      env: {
        ...process.env,
        WIR_SNAPSHOT: snapshot,
        WIR_SITE_OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_OPTIONS: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => reject(new Error(`Astro konnte nicht gestartet werden: ${error.message}`)))
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`astro build brach ab (${signal ?? `Code ${code}`}):\n${tail.join('\n')}`)),
    )
  })
}
