import { slugField } from 'payload'

import { slugify } from '@wir/shared/slugify'

/**
 * One slug per document (not per locale): every language version shares the path after the
 * locale segment, so adding a translation never changes a URL.
 */
export function documentSlug(useAsSlug: string) {
  return slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' && valueToSlugify.trim() ? slugify(valueToSlugify) : undefined,
    overrides: (row) => {
      for (const field of row.fields) {
        if ('name' in field && field.name === 'slug') {
          field.label = 'Adresse (Slug)'
          field.admin = {
            ...field.admin,
            description:
              'Teil der Internetadresse. Wird aus dem Titel erzeugt. Eine Änderung leitet die alte Adresse automatisch weiter.',
          }
        }
      }
      return row
    },
  })
}
