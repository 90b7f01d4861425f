import { contentCollection } from '../contentDefaults'
import { documentSlug } from '../../fields/slug'
import { imageField } from '../../fields/image'
import { requireImageAltText } from '../../hooks/requireImageAltText'

export const News = contentCollection({
  slug: 'news',
  labels: { singular: 'Meldung', plural: 'Aktuelles' },
  admin: {
    defaultColumns: ['adminTitle', 'date', '_status'],
    group: 'Inhalte',
  },
  hooks: { beforeChange: [requireImageAltText] },
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', label: 'Titel', localized: true, required: true },
    documentSlug('title'),
    {
      name: 'date',
      type: 'date',
      label: 'Datum',
      required: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
    },
    { name: 'publisher', type: 'text', label: 'Quelle / Herausgeber', admin: { position: 'sidebar' } },
    imageField,
    { name: 'body', type: 'richText', label: 'Text', localized: true },
    {
      name: 'key',
      type: 'text',
      label: 'Import-Schlüssel',
      unique: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
})
