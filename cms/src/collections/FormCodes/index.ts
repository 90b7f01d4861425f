import type { CollectionConfig } from 'payload'

/**
 * Every short code ever given to a form, kept when the form is deleted: a code printed on paper
 * must never lead to a different form. Written only by the forms' hooks (Local API); nobody can
 * create, change or delete an entry through the admin or the API.
 */
export const FormCodes: CollectionConfig = {
  slug: 'form-codes',
  labels: { singular: 'Vergebener Kurzcode', plural: 'Vergebene Kurzcodes' },
  admin: {
    group: 'Formulare',
    useAsTitle: 'code',
    defaultColumns: ['code', 'germanTitle', 'form', 'createdAt'],
    description:
      'Alle jemals vergebenen Kurzcodes. Ein Code wird nie wieder vergeben, auch nicht nach dem Löschen eines Formulars.',
  },
  access: {
    read: ({ req: { user } }) => Boolean(user),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'code', type: 'text', label: 'Kurzcode', required: true, unique: true, index: true },
    {
      name: 'form',
      type: 'text',
      label: 'Formular-ID',
      admin: { description: 'Bleibt auch nach dem Löschen des Formulars stehen.' },
    },
    { name: 'germanTitle', type: 'text', label: 'Deutscher Titel bei der Vergabe' },
  ],
}
