import { contentCollection } from '../contentDefaults'
import { documentSlug } from '../../fields/slug'

const subtopicFields = [
  { name: 'number', type: 'number' as const, label: 'Nummer', required: true },
  { name: 'title', type: 'text' as const, label: 'Titel', localized: true },
  { name: 'text', type: 'richText' as const, label: 'Text', localized: true },
]

export const FieldsOfAction = contentCollection({
  slug: 'fields-of-action',
  labels: { singular: 'Handlungsfeld', plural: 'Handlungsfelder' },
  admin: {
    defaultColumns: ['adminTitle', 'order', 'updatedAt'],
    group: 'Strategie WIR 2.0',
    description: 'Die Handlungsfelder der Strategie mit Einleitung, Unterthemen und Schwerpunkten.',
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', label: 'Name', localized: true, required: true },
    documentSlug('name'),
    { name: 'order', type: 'number', label: 'Reihenfolge', required: true, admin: { position: 'sidebar' } },
    {
      name: 'crossCutting',
      type: 'checkbox',
      label: 'Querschnittsthema (in mehreren Handlungsfeldern vertreten)',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'appearsIn',
      type: 'relationship',
      relationTo: 'fields-of-action',
      hasMany: true,
      label: 'Vertreten in den Handlungsfeldern',
      admin: { condition: (data) => Boolean(data?.crossCutting) },
    },
    { name: 'intro', type: 'richText', label: 'Einleitung', localized: true },
    {
      name: 'subtopics',
      type: 'array',
      label: 'Unterthemen',
      labels: { singular: 'Unterthema', plural: 'Unterthemen' },
      fields: subtopicFields,
    },
    {
      name: 'focusAreas',
      type: 'array',
      label: 'Schwerpunkte',
      labels: { singular: 'Schwerpunkt', plural: 'Schwerpunkte' },
      fields: subtopicFields,
    },
    {
      name: 'key',
      type: 'text',
      label: 'Import-Schlüssel',
      unique: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Herkunft aus den Strategie-Daten; nicht ändern.' },
    },
  ],
})
