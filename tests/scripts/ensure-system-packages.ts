import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { findPostgresBin } from '../../cms/src/backup/postgresBin'

/**
 * Playwright cannot download its own browser here, QR codes are decoded with zbarimg, the
 * PostgreSQL tests start a real server, and the documented production nginx configuration is
 * checked with the real nginx, the video tests make a real MP4/WebM with ffmpeg, and the Nu HTML
 * checker (vnu.jar from npm) runs on Java: all from
 * Debian's packages, installed when absent.
 */
const needed = [
  { isPresent: () => existsSync('/usr/bin/chromium'), pkg: 'chromium' },
  { isPresent: () => existsSync('/usr/bin/zbarimg'), pkg: 'zbar-tools' },
  { isPresent: () => Boolean(findPostgresBin('initdb') && findPostgresBin('pg_ctl')), pkg: 'postgresql' },
  { isPresent: () => existsSync('/usr/sbin/nginx'), pkg: 'nginx' },
  { isPresent: () => existsSync('/usr/bin/ffmpeg'), pkg: 'ffmpeg' },
  { isPresent: () => spawnSync('java', ['-version']).status === 0, pkg: 'default-jre-headless' },
]

export function ensureSystemPackages(): void {
  const missing = needed.filter((entry) => !entry.isPresent()).map((entry) => entry.pkg)
  if (missing.length === 0) return
  const isRoot = process.getuid?.() === 0
  const prefix = isRoot ? [] : ['sudo', '-n']
  console.log(`Installing Debian packages for the tests: ${missing.join(', ')}`)
  const apt = (args: string[]) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args]
    const result = spawnSync(command!, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) {
      throw new Error(
        `apt-get ${args[0]} failed. Install them by hand as root: apt-get install -y ${missing.join(' ')}`,
      )
    }
  }
  apt(['update', '-qq'])
  apt(['install', '-y', '-qq', '--no-install-recommends', ...missing])
  console.log(execFileSync('/usr/bin/chromium', ['--version']).toString().trim())
}
