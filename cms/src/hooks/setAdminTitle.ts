import type { CollectionBeforeChangeHook } from 'payload'

import { defaultLocale } from '@wir/shared/locales'

/**
 * The admin lists documents by one non-localized title: the German one once it exists,
 * otherwise the first title a document got (measures exist in English only). Without it the
 * German list would show "<Kein Titel>" for every English-only measure.
 */
export function setAdminTitle(sourceField: string): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    const title = data[sourceField]
    const hasTitle = typeof title === 'string' && title.trim() !== ''
    if (hasTitle && (req.locale === defaultLocale || !originalDoc?.adminTitle))
      return { ...data, adminTitle: title.trim() }
    return { ...data, adminTitle: data.adminTitle || originalDoc?.adminTitle || '' }
  }
}
