import { contentCollection } from '../contentDefaults'
import { documentSlug } from '../../fields/slug'

export const Offices = contentCollection({
  slug: 'offices',
  labels: { singular: 'Dienststelle', plural: 'Dienststellen' },
  admin: {
    defaultColumns: ['code', 'adminTitle', 'updatedAt'],
    group: 'Strategie WIR 2.0',
    description: 'Fachbereiche, Bereiche und Sachgebiete (Organisationseinheiten) mit ihrem Kürzel, z. B. „15.3“.',
  },
  defaultSort: 'code',
  fields: [
    {
      name: 'code',
      type: 'text',
      label: 'Kürzel (OE)',
      required: true,
      unique: true,
      admin: { description: 'Amtliches Kürzel ohne „OE“, z. B. 15.3 oder 18.13.' },
    },
    { name: 'name', type: 'text', label: 'Name', localized: true, required: true },
    documentSlug('code'),
    { name: 'variants', type: 'json', label: 'Andere Schreibweisen in den Quelltexten', admin: { readOnly: true } },
    {
      name: 'key',
      type: 'text',
      label: 'Import-Schlüssel',
      unique: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
})
