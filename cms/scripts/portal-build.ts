/**
 * `pnpm build`: database (seeded if new) → snapshot export → static site with search index,
 * checked and switched live in <data>/site/live (previous release kept for rollback).
 */
import path from 'node:path'

import { siteRootDir } from '../src/env/sitePaths'
import { ensureEnv } from './lib/ensureEnv'
import { prepareAndPublish } from './lib/steps'

ensureEnv()
const started = performance.now()
await prepareAndPublish()
console.log(
  `Portal built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${path.join(siteRootDir(), 'live')}`,
)
