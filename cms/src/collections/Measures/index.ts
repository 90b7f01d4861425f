import { measureKinds } from '@wir/shared/snapshot'

import { contentCollection } from '../contentDefaults'
import { documentSlug } from '../../fields/slug'

const kindLabels: Record<(typeof measureKinds)[number], string> = {
  measure: 'Maßnahme',
  'measure-eligible-for-funding': 'Maßnahme, förderfähig im WIR2.0-Förderprogramm',
  'postmigrant-working-group': 'Maßnahme der AG WIR2.0 postmigrantisch',
  recommendation: 'Empfehlung',
}

export const Measures = contentCollection({
  slug: 'measures',
  labels: { singular: 'Maßnahme', plural: 'Maßnahmen' },
  admin: {
    defaultColumns: ['adminTitle', 'fieldOfAction', 'kind', 'number', '_status'],
    group: 'Strategie WIR 2.0',
    description: 'Die 85 Maßnahmen und 11 Empfehlungen der Strategie mit den zuständigen Dienststellen.',
  },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', label: 'Titel', localized: true, required: true },
    documentSlug('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'fieldOfAction',
          type: 'relationship',
          relationTo: 'fields-of-action',
          label: 'Handlungsfeld',
          required: true,
        },
        {
          name: 'kind',
          type: 'select',
          label: 'Art',
          required: true,
          defaultValue: 'measure',
          options: measureKinds.map((value) => ({ value, label: kindLabels[value] })),
        },
        {
          name: 'number',
          type: 'number',
          label: 'Nummer',
          required: true,
          admin: { description: 'Nummer innerhalb des Handlungsfelds und der Art.' },
        },
      ],
    },
    { name: 'body', type: 'richText', label: 'Beschreibung', localized: true },
    { name: 'offices', type: 'relationship', relationTo: 'offices', hasMany: true, label: 'Zuständige Dienststellen' },
    { name: 'contactText', type: 'text', label: 'Ansprechpartner (Text wie veröffentlicht)', localized: true },
    {
      name: 'eligibleForFunding',
      type: 'checkbox',
      label: 'Förderfähig im WIR2.0-Förderprogramm',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    { name: 'order', type: 'number', label: 'Reihenfolge', required: true, admin: { position: 'sidebar' } },
    {
      name: 'key',
      type: 'text',
      label: 'Import-Schlüssel',
      unique: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
})
