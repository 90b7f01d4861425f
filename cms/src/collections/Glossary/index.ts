import { contentCollection } from '../contentDefaults'
import { documentSlug } from '../../fields/slug'

/**
 * Official terms ("Aufenthaltstitel", "Meldebescheinigung") with a plain explanation per
 * language. The site explains the first occurrence of each term on a page, in the reader's
 * language, and lists all terms on a glossary page.
 */
export const Glossary = contentCollection({
  slug: 'glossary',
  labels: { singular: 'Begriff', plural: 'Glossar' },
  admin: {
    defaultColumns: ['adminTitle', '_status', 'updatedAt'],
    group: 'Inhalte',
    description:
      'Amtliche Begriffe mit einer einfachen Erklärung. Sie werden auf der Website beim ersten Vorkommen auf einer Seite erklärt.',
  },
  defaultSort: 'adminTitle',
  fields: [
    { name: 'term', type: 'text', label: 'Begriff', localized: true, required: true },
    documentSlug('term'),
    {
      name: 'forms',
      type: 'text',
      label: 'Weitere Formen (durch Komma getrennt)',
      localized: true,
      admin: {
        description:
          'z. B. Mehrzahl oder gebeugte Formen: „Aufenthaltstitels, Aufenthaltstiteln“. Auch sie werden im Text erkannt.',
      },
    },
    { name: 'explanation', type: 'textarea', label: 'Erklärung in einfachen Worten', localized: true, required: true },
    {
      name: 'key',
      type: 'text',
      label: 'Import-Schlüssel',
      unique: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
})
