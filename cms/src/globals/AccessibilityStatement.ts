import { barrierReasons, complianceStatuses, reviewMethods } from '@wir/shared/snapshot'

import { legalGlobal } from './legalGlobal'

const statusLabels: Record<(typeof complianceStatuses)[number], string> = {
  full: 'vollständig vereinbar',
  partial: 'teilweise vereinbar',
  none: 'nicht vereinbar',
}
const reasonLabels: Record<(typeof barrierReasons)[number], string> = {
  'non-compliance': 'Noch nicht barrierefrei (Unvereinbarkeit mit den Anforderungen)',
  'disproportionate-burden': 'Unverhältnismäßige Belastung',
  'out-of-scope': 'Fällt nicht unter die Rechtsvorschriften',
}
const methodLabels: Record<(typeof reviewMethods)[number], string> = {
  'self-assessment': 'Selbstbewertung',
  'external-test': 'Prüfung durch Dritte (externer Test)',
}
const options = <K extends string>(labels: Record<K, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label: label as string }))

/**
 * The accessibility statement after the EU model (Durchführungsbeschluss (EU) 2018/1523), as
 * Lower Saxony's NBGG/NBITVO ask of public bodies. Structured so every language version shows
 * the same facts; the site words the structure itself (interface strings) and adds the
 * editors' texts per language.
 */
export const AccessibilityStatement = legalGlobal({
  slug: 'accessibility-statement',
  label: 'Erklärung zur Barrierefreiheit',
  description:
    'Pflichtangaben nach dem EU-Mustertext: Stand der Vereinbarkeit, nicht barrierefreie Inhalte, Prüfung, ' +
    'Feedback und Schlichtungsstelle. Die Website zeigt die Erklärung in allen Sprachen.',
  fields: [
    {
      name: 'status',
      type: 'select',
      label: 'Stand der Vereinbarkeit mit den Anforderungen',
      options: options(statusLabels),
      admin: { description: 'Leer lassen, solange die Prüfung nicht abgeschlossen ist.' },
    },
    {
      name: 'barriers',
      type: 'array',
      label: 'Nicht barrierefreie Inhalte',
      labels: { singular: 'Inhalt', plural: 'Inhalte' },
      fields: [
        { name: 'what', type: 'textarea', label: 'Was ist nicht barrierefrei?', localized: true, required: true },
        {
          name: 'reason',
          type: 'select',
          label: 'Begründung',
          options: options(reasonLabels),
          required: true,
          defaultValue: 'non-compliance',
        },
        {
          name: 'alternative',
          type: 'textarea',
          label: 'Barrierefreie Alternative',
          localized: true,
          admin: { description: 'z. B. „Die Inhalte erhalten Sie auf Anfrage als barrierefreies PDF.“' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reviewedOn',
          type: 'date',
          label: 'Letzte Prüfung am',
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        { name: 'reviewMethod', type: 'select', label: 'Art der Prüfung', options: options(methodLabels) },
        {
          name: 'preparedOn',
          type: 'date',
          label: 'Erklärung erstellt am',
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Kontakt für Rückmeldungen',
      admin: {
        description:
          'Rückmeldungen kommen über das Formular der Website. E-Mail und Telefon sind freiwillig; ' +
          'nur amtlich bestätigte Kontaktdaten eintragen.',
      },
      fields: [
        { name: 'contactEmail', type: 'email', label: 'E-Mail (optional)' },
        { name: 'contactPhone', type: 'text', label: 'Telefon (optional)' },
      ],
    },
    {
      type: 'collapsible',
      label: 'Schlichtungsverfahren',
      fields: [
        { name: 'arbitrationName', type: 'text', label: 'Schlichtungsstelle', localized: true },
        {
          name: 'arbitrationUrl',
          type: 'text',
          label: 'Internetadresse der Schlichtungsstelle',
          admin: { description: 'Nur die amtliche Adresse eintragen (https://…).' },
          validate: (value: unknown) =>
            !value || /^https:\/\/\S+$/.test(String(value)) ? true : 'Bitte eine Adresse mit https:// eingeben.',
        },
      ],
    },
    { name: 'more', type: 'richText', label: 'Weitere Hinweise (optional)', localized: true },
  ],
})
