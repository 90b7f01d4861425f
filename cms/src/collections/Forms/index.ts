import { formStatuses } from '@wir/shared/snapshot'

import { contentCollection } from '../contentDefaults'
import { formDownloadEndpoints } from './endpoints/downloads'
import { scanStatsEndpoint } from './endpoints/scanStats'
import { assignFormCode, recordFormCode } from './hooks/assignFormCode'
import { keepFormCode } from './hooks/keepFormCode'
import { rejectDuplicatePositions } from './hooks/rejectDuplicatePositions'

const statusLabels: Record<(typeof formStatuses)[number], string> = {
  current: 'Gültig – wird ausgegeben',
  superseded: 'Ältere Ausgabe – eine neuere Ausgabe gibt es',
  retired: 'Nicht mehr verwendet',
}

const percent = (name: string, label: string) =>
  ({ name, type: 'number', label, min: 0, max: 100, admin: { step: 0.1, width: '25%' } }) as const

/**
 * Forms printed by the city's offices, each explained field by field in many languages behind
 * a QR code on the paper. The German paper is the reference: its title, number, edition and
 * field labels are stored exactly as printed and never translated; the explanations are.
 * A new paper edition with other fields is a new form with its own code.
 */
export const Forms = contentCollection({
  slug: 'forms',
  hasPublicUrl: false,
  labels: { singular: 'Formular', plural: 'Formulare' },
  admin: {
    defaultColumns: ['germanTitle', 'code', 'edition', 'lifecycle', '_status'],
    group: 'Formulare',
    description:
      'Papierformulare mit QR-Code zur Ausfüllhilfe in vielen Sprachen. Der Kurzcode wird beim Anlegen vergeben und ändert sich nie: Er steht gedruckt auf dem Papier.',
    components: { beforeListTable: ['/collections/Forms/admin/BulkLabelsLink#BulkLabelsLink'] },
  },
  defaultSort: 'germanTitle',
  endpoints: [...formDownloadEndpoints, scanStatsEndpoint],
  hooks: {
    beforeOperation: [keepFormCode],
    beforeValidate: [rejectDuplicatePositions],
    beforeChange: [assignFormCode],
    afterChange: [recordFormCode],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Formular',
          fields: [
            {
              name: 'germanTitle',
              type: 'text',
              label: 'Titel wie gedruckt (Deutsch)',
              required: true,
              admin: { description: 'Genau wie auf dem Papier, Zeichen für Zeichen. Wird nicht übersetzt.' },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'formNumber',
                  type: 'text',
                  label: 'Formularnummer wie gedruckt',
                  admin: { width: '50%', description: 'Z. B. „56.1-A 01“. Leer lassen, wenn keine gedruckt ist.' },
                },
                {
                  name: 'edition',
                  type: 'text',
                  label: 'Ausgabe wie gedruckt',
                  required: true,
                  admin: {
                    width: '50%',
                    description:
                      'Z. B. „Stand 03/2025“. Eine neue Ausgabe mit anderen Feldern wird ein neues Formular.',
                  },
                },
              ],
            },
            {
              name: 'title',
              type: 'text',
              label: 'Titel in der Sprache der Leser*innen',
              localized: true,
              admin: { description: 'Auf Deutsch ein verständlicher Titel; in anderen Sprachen die Übersetzung.' },
            },
            {
              name: 'description',
              type: 'textarea',
              label: 'Kurzbeschreibung',
              localized: true,
              admin: { description: 'Wofür ist das Formular? Ein bis zwei Sätze.' },
            },
            { name: 'office', type: 'relationship', relationTo: 'offices', label: 'Ausgebende Dienststelle' },
            {
              name: 'contact',
              type: 'textarea',
              label: 'Kontakt (Anschrift, Telefon, E-Mail)',
              admin: { description: 'Wie von der Dienststelle veröffentlicht. Wird nicht übersetzt.' },
            },
            { name: 'pdf', type: 'upload', relationTo: 'form-pdfs', label: 'Originalformular (PDF)' },
          ],
        },
        {
          label: 'Felder',
          description: 'Die Felder in der Reihenfolge auf dem Papier, nach Abschnitten.',
          fields: [
            {
              name: 'sections',
              type: 'array',
              label: 'Abschnitte',
              labels: { singular: 'Abschnitt', plural: 'Abschnitte' },
              minRows: 1,
              required: true,
              admin: { initCollapsed: false },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'number',
                      type: 'text',
                      label: 'Abschnitt (wie gedruckt)',
                      admin: { width: '25%', description: 'Z. B. „A“ oder „1“. Leer, wenn keiner gedruckt ist.' },
                    },
                    { name: 'germanHeading', type: 'text', label: 'Überschrift wie gedruckt', admin: { width: '75%' } },
                  ],
                },
                { name: 'heading', type: 'text', label: 'Überschrift in der Sprache der Leser*innen', localized: true },
                {
                  name: 'fields',
                  type: 'array',
                  label: 'Felder',
                  labels: { singular: 'Feld', plural: 'Felder' },
                  minRows: 1,
                  required: true,
                  fields: [
                    {
                      type: 'row',
                      fields: [
                        {
                          name: 'number',
                          type: 'text',
                          label: 'Feldnummer',
                          required: true,
                          admin: { width: '25%', description: 'Wie gedruckt, z. B. „1.2“.' },
                        },
                        {
                          name: 'germanLabel',
                          type: 'text',
                          label: 'Beschriftung wie gedruckt',
                          required: true,
                          admin: { width: '60%' },
                        },
                        {
                          name: 'required',
                          type: 'checkbox',
                          label: 'Pflichtfeld',
                          defaultValue: false,
                          admin: { width: '15%' },
                        },
                      ],
                    },
                    { name: 'explanation', type: 'textarea', label: 'Was ist einzutragen?', localized: true },
                    {
                      type: 'row',
                      fields: [
                        { name: 'example', type: 'text', label: 'Beispiel', localized: true, admin: { width: '50%' } },
                        {
                          name: 'format',
                          type: 'text',
                          label: 'Format',
                          localized: true,
                          admin: { width: '50%', description: 'Z. B. „TT.MM.JJJJ“, „in lateinischen Buchstaben“.' },
                        },
                      ],
                    },
                    {
                      name: 'marker',
                      type: 'group',
                      label: 'Markierung auf dem Seitenbild (optional)',
                      admin: { description: 'Lage des Felds auf dem Bild der Papierseite, in Prozent von links oben.' },
                      fields: [
                        { name: 'page', type: 'number', label: 'Seite', min: 1, admin: { step: 1 } },
                        {
                          type: 'row',
                          fields: [
                            percent('x', 'Links %'),
                            percent('y', 'Oben %'),
                            percent('width', 'Breite %'),
                            percent('height', 'Höhe %'),
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              name: 'bring',
              type: 'array',
              label: 'Bitte mitbringen',
              labels: { singular: 'Unterlage', plural: 'Unterlagen' },
              fields: [{ name: 'item', type: 'text', label: 'Unterlage', localized: true }],
            },
            {
              name: 'pages',
              type: 'array',
              label: 'Bilder der Papierseiten (optional)',
              labels: { singular: 'Seite', plural: 'Seiten' },
              admin: {
                description:
                  'Mit Bildern und Markierungen können Leser*innen auf ein Feld im Bild tippen und springen zur Erklärung.',
              },
              fields: [
                { name: 'image', type: 'upload', relationTo: 'form-page-images', label: 'Bild', required: true },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'code',
      type: 'text',
      label: 'Kurzcode',
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Wird beim ersten Speichern vergeben und nie geändert.',
      },
    },
    {
      name: 'qrTools',
      type: 'ui',
      label: 'QR-Code und Aufrufe',
      admin: { position: 'sidebar', components: { Field: '/collections/Forms/admin/FormQrPanel#FormQrPanel' } },
    },
    {
      // Not "status": Payload's drafts own `_status`, and PostgreSQL would name both enums alike.
      name: 'lifecycle',
      type: 'select',
      label: 'Status des Papierformulars',
      required: true,
      defaultValue: 'current',
      options: formStatuses.map((value) => ({ value, label: statusLabels[value] })),
      admin: {
        position: 'sidebar',
        description: 'Eine ältere oder nicht mehr verwendete Ausgabe bleibt unter ihrem Code erreichbar.',
      },
    },
    {
      name: 'successor',
      type: 'relationship',
      relationTo: 'forms',
      label: 'Neuere Ausgabe / Nachfolger',
      admin: { position: 'sidebar', condition: (data) => data?.lifecycle !== 'current' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'isExample',
      type: 'checkbox',
      label: 'Beispiel (kein amtliches Formular)',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Die Website kennzeichnet es auf jeder Seite als Beispiel.' },
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
