import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { queueSiteBuildAfterChange, queueSiteBuildAfterDelete } from '../hooks/queueSiteBuildOnChange'

/** Redirects are staff data: editors manage them, readers never query them directly. */
export const redirectsOverrides: Partial<Omit<CollectionConfig, 'fields'>> = {
  labels: { singular: 'Weiterleitung', plural: 'Weiterleitungen' },
  admin: {
    group: 'Verwaltung',
    description:
      'Alte Adressen, die auf eine Seite weiterleiten. Beim Ändern einer Adresse (Slug) wird automatisch eine Weiterleitung angelegt.',
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  // The site builds redirect pages from these: a changed redirect is a change residents see.
  hooks: { afterChange: [queueSiteBuildAfterChange], afterDelete: [queueSiteBuildAfterDelete] },
}
