import type { GlobalAfterChangeHook } from 'payload'

import { queueSiteBuild } from '../../jobs/queueSiteBuild'

/** A saved global is public at once (no drafts): rebuild the site, as publishing a document does. */
export const queueSiteBuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (req.context.isSeed || req.context.skipSiteBuild) return doc
  const user = req.user as { name?: string | null; email?: string } | null
  const label = typeof global.label === 'string' ? global.label : global.slug
  await queueSiteBuild(
    req.payload,
    { reason: `${label} geändert`, triggeredBy: user ? user.name || user.email : 'System' },
    req,
  )
  return doc
}
