import type { Field, GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { queueSiteBuild } from '../jobs/queueSiteBuild'

/**
 * Publishing (or unpublishing) a legal text changes every page's footer target, so it queues a
 * site build like a content document does. Saving a draft leaves the published row alone.
 */
const queueBuildWhenPublished: GlobalAfterChangeHook = async ({ doc, previousDoc, global, req }) => {
  if (req.context.isSeed || req.context.skipSiteBuild) return doc
  const published = (value: unknown) => (value as { _status?: string } | undefined)?._status === 'published'
  if (!published(doc) && !published(previousDoc)) return doc
  const label = typeof global.label === 'string' ? global.label : global.slug
  const user = req.user as { name?: string | null; email?: string } | null
  await queueSiteBuild(
    req.payload,
    {
      reason: `${label} ${published(doc) ? 'veröffentlicht' : 'zurückgezogen'}`,
      triggeredBy: user ? user.name || user.email : 'Zeitplan oder System',
    },
    req,
  )
  return doc
}

/**
 * What the three legal globals share: German labels, drafts (the export reads the published
 * version only), edits by editors and admins only (legal texts are not translator work alone:
 * translators may read), and a site build when the published text changes.
 */
export function legalGlobal(config: {
  slug: string
  label: string
  description: string
  fields: Field[]
}): GlobalConfig {
  return {
    slug: config.slug,
    label: config.label,
    admin: { group: 'Rechtliches', description: config.description },
    access: {
      // Anonymous readers (and the export, which reads as one) get the published version only.
      read: publishedOrSignedIn,
      update: isEditor,
      readVersions: ({ req: { user } }) => Boolean(user),
    },
    versions: { drafts: true, max: 50 },
    fields: config.fields,
    hooks: { afterChange: [queueBuildWhenPublished] },
  }
}
