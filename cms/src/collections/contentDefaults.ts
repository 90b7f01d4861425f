import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { canEditLocale } from '../access/canEditLocale'
import { isEditor } from '../access/isEditor'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { lockForTranslators } from '../fields/lockForTranslators'
import { queueSiteBuildAfterChange, queueSiteBuildAfterDelete } from '../hooks/queueSiteBuildOnChange'
import {
  publishOnlyRequestLocale,
  rememberPublishedState,
  writePublishedState,
} from '../hooks/publishOnlyRequestLocale'
import { redirectOldSlug } from '../hooks/redirectOldSlug'
import { setAdminTitle } from '../hooks/setAdminTitle'
import { trackTranslations } from '../hooks/trackTranslations'
import { translatorsCannotRestoreOrUnpublish, translatorsChangeOnlyTexts } from '../hooks/translatorsTranslateOnly'
import { translationFields } from '../fields/translationFields'
import { translationEndpoints } from '../translation/translationEndpoints'
import { previewUrl } from '../preview/previewUrl'

type ContentCollection = Omit<CollectionConfig, 'fields'> & {
  fields: Field[]
  hasPublicUrl?: boolean
  /** Localized field the admin's list title comes from (see setAdminTitle). */
  titleFrom?: string
}

/**
 * What every public content collection shares: drafts, the reader/editor/translator access
 * rules, read-only structure for translators, redirects when a public URL changes, scheduled
 * publishing, and a site build queued whenever what residents see changes.
 */
export function contentCollection({ hasPublicUrl = true, titleFrom, ...config }: ContentCollection): CollectionConfig {
  const adminTitle: Field[] = titleFrom
    ? [
        {
          name: 'adminTitle',
          type: 'text',
          label: 'Titel in Listen',
          index: true,
          admin: {
            readOnly: true,
            position: 'sidebar',
            description: 'Automatisch: der deutsche Titel, sonst der zuerst eingegebene.',
          },
        },
      ]
    : []
  return {
    ...config,
    admin: {
      ...config.admin,
      ...(titleFrom ? { useAsTitle: 'adminTitle' } : {}),
      ...(hasPublicUrl ? { preview: previewUrl(config.slug) } : {}),
    },
    access: {
      read: publishedOrSignedIn,
      create: isEditor,
      update: canEditLocale,
      delete: isEditor,
      readVersions: ({ req: { user } }) => Boolean(user),
      ...config.access,
    },
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    fields: lockForTranslators([...config.fields, ...adminTitle, ...translationFields]),
    endpoints: [...translationEndpoints(config.slug as CollectionSlug), ...(config.endpoints || [])],
    hooks: {
      ...config.hooks,
      beforeOperation: [
        translatorsCannotRestoreOrUnpublish,
        publishOnlyRequestLocale,
        ...(config.hooks?.beforeOperation ?? []),
      ],
      beforeChange: [
        translatorsChangeOnlyTexts,
        ...(titleFrom ? [setAdminTitle(titleFrom)] : []),
        trackTranslations,
        ...(config.hooks?.beforeChange ?? []),
        rememberPublishedState,
      ],
      afterChange: [
        writePublishedState,
        ...(hasPublicUrl ? [redirectOldSlug] : []),
        ...(config.hooks?.afterChange ?? []),
        queueSiteBuildAfterChange,
      ],
      afterDelete: [...(config.hooks?.afterDelete ?? []), queueSiteBuildAfterDelete],
    },
  }
}
