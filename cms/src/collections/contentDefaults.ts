import type { CollectionConfig, Field } from 'payload'

import { canEditLocale } from '../access/canEditLocale'
import { isEditor } from '../access/isEditor'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { lockForTranslators } from '../fields/lockForTranslators'
import { redirectOldSlug } from '../hooks/redirectOldSlug'

type ContentCollection = Omit<CollectionConfig, 'fields'> & { fields: Field[]; hasPublicUrl?: boolean }

/**
 * What every public content collection shares: drafts, the reader/editor/translator access
 * rules, read-only structure for translators, and redirects when a public URL changes.
 */
export function contentCollection({ hasPublicUrl = true, ...config }: ContentCollection): CollectionConfig {
  return {
    ...config,
    access: {
      read: publishedOrSignedIn,
      create: isEditor,
      update: canEditLocale,
      delete: isEditor,
      readVersions: ({ req: { user } }) => Boolean(user),
      ...config.access,
    },
    versions: { drafts: true, maxPerDoc: 50 },
    fields: lockForTranslators(config.fields),
    hooks: {
      ...config.hooks,
      afterChange: [...(hasPublicUrl ? [redirectOldSlug] : []), ...(config.hooks?.afterChange ?? [])],
    },
  }
}
