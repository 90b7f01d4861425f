import { contentCollection } from '../contentDefaults'
import { documentSlug } from '../../fields/slug'
import { imageField } from '../../fields/image'
import { requireImageAltText } from '../../hooks/requireImageAltText'

export const Pages = contentCollection({
  slug: 'pages',
  labels: { singular: 'Seite', plural: 'Seiten' },
  admin: {
    defaultColumns: ['adminTitle', 'parent', 'order', '_status'],
    group: 'Inhalte',
    description:
      'Texte der Strategie und weitere redaktionelle Seiten. Seiten können einer übergeordneten Seite zugeordnet werden.',
  },
  hooks: { beforeChange: [requireImageAltText] },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', label: 'Titel', localized: true, required: true },
    documentSlug('title'),
    { name: 'subtitle', type: 'text', label: 'Untertitel', localized: true },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      label: 'Übergeordnete Seite',
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { name: 'order', type: 'number', label: 'Reihenfolge', defaultValue: 100, admin: { position: 'sidebar' } },
    imageField,
    { name: 'body', type: 'richText', label: 'Text', localized: true },
    {
      name: 'facts',
      type: 'array',
      label: 'Eckdaten',
      labels: { singular: 'Eckdatum', plural: 'Eckdaten' },
      fields: [
        { name: 'label', type: 'text', label: 'Bezeichnung', localized: true },
        { name: 'value', type: 'textarea', label: 'Wert', localized: true },
      ],
    },
    {
      name: 'signatories',
      type: 'array',
      label: 'Unterzeichnet von',
      labels: { singular: 'Person', plural: 'Personen' },
      fields: [
        { name: 'name', type: 'text', label: 'Name', required: true },
        { name: 'role', type: 'text', label: 'Funktion', localized: true },
      ],
    },
    {
      name: 'key',
      type: 'text',
      label: 'Import-Schlüssel',
      unique: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
})
