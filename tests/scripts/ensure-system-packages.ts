import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * Playwright cannot download its own browser here, and QR codes are decoded with zbarimg:
 * both come from Debian's packages, installed on first use when running as root.
 */
const needed = [
  { path: '/usr/bin/chromium', pkg: 'chromium' },
  { path: '/usr/bin/zbarimg', pkg: 'zbar-tools' },
]

export function ensureSystemPackages(): void {
  const missing = needed.filter((entry) => !existsSync(entry.path)).map((entry) => entry.pkg)
  if (missing.length === 0) return
  const isRoot = process.getuid?.() === 0
  const prefix = isRoot ? [] : ['sudo', '-n']
  console.log(`Installing Debian packages for the tests: ${missing.join(', ')}`)
  const apt = (args: string[]) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args]
    const result = spawnSync(command!, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (result.status !== 0) {
      throw new Error(`apt-get ${args[0]} failed. Install them by hand as root: apt-get install -y ${missing.join(' ')}`)
    }
  }
  apt(['update', '-qq'])
  apt(['install', '-y', '-qq', '--no-install-recommends', ...missing])
  console.log(execFileSync('/usr/bin/chromium', ['--version']).toString().trim())
}
