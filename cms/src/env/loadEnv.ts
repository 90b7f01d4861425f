import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const envFile = path.join(repoRoot, '.env')

/** Loads the repository's .env (values already in the environment win). */
export function loadEnv(): void {
  if (existsSync(envFile)) process.loadEnvFile(envFile)
}
