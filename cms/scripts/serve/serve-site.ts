/**
 * Serves the live release of the public site: `tsx scripts/serve/serve-site.ts`.
 * WIR_SITE_DIR (default <data>/site) holds `live`; SITE_PORT and SITE_HOST choose the socket.
 */
import path from 'node:path'

import { siteRootDir } from '../../src/env/sitePaths'
import { createSiteServer } from './staticServer'

const live = path.join(siteRootDir(), 'live')
const port = Number(process.env.SITE_PORT || 4321)
const host = process.env.SITE_HOST || '127.0.0.1'
createSiteServer({ root: () => live }).listen(port, host, () =>
  console.log(`Site server: http://${host}:${port}/ ← ${live}`),
)
