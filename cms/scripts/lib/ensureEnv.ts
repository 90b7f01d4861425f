import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from './paths'

/**
 * First run: .env from .env.example with a fresh random PAYLOAD_SECRET (never committed).
 * Later runs keep the file as it is, so sessions and tokens stay valid.
 */
export function ensureEnv(): void {
  const envFile = path.join(repoRoot, '.env')
  if (!existsSync(envFile)) {
    const example = readFileSync(path.join(repoRoot, '.env.example'), 'utf8')
    const secret = randomBytes(32).toString('hex')
    writeFileSync(envFile, example.replace(/^PAYLOAD_SECRET=.*$/m, `PAYLOAD_SECRET=${secret}`), { mode: 0o600 })
    console.log('Created .env with a new PAYLOAD_SECRET.')
  }
  process.loadEnvFile(envFile)
  if (!process.env.PAYLOAD_SECRET) throw new Error(`PAYLOAD_SECRET is empty in ${envFile}.`)
}

export const ports = {
  cms: () => Number(process.env.CMS_PORT || 3000),
  site: () => Number(process.env.SITE_PORT || 4321),
}
