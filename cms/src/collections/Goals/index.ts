import { goalGroups } from '@wir/shared/snapshot'

import { contentCollection } from '../contentDefaults'

export const Goals = contentCollection({
  slug: 'goals',
  hasPublicUrl: false,
  labels: { singular: 'Ziel', plural: 'Ziele' },
  admin: {
    defaultColumns: ['label', 'fieldOfAction', 'group', 'number'],
    group: 'Strategie WIR 2.0',
    description: 'Ziele je Handlungsfeld. Sie erscheinen auf der Seite ihres Handlungsfelds.',
  },
  defaultSort: 'number',
  fields: [
    {
      name: 'fieldOfAction',
      type: 'relationship',
      relationTo: 'fields-of-action',
      label: 'Handlungsfeld',
      required: true,
    },
    {
      name: 'group',
      type: 'select',
      label: 'Gruppe',
      required: true,
      defaultValue: 'field',
      options: goalGroups.map((value) => ({
        value,
        label: value === 'field' ? 'Ziel des Handlungsfelds' : 'Ziel der AG WIR2.0 postmigrantisch',
      })),
    },
    { name: 'number', type: 'number', label: 'Nummer', required: true },
    { name: 'text', type: 'richText', label: 'Text', localized: true },
    {
      name: 'label',
      type: 'text',
      label: 'Bezeichnung in Listen',
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) =>
            `${siblingData.group === 'field' ? 'Ziel' : 'Ziel AG'} ${siblingData.number ?? ''}`.trim(),
        ],
      },
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
