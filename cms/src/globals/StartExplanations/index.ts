import type { Field, GlobalConfig } from 'payload'

import { explanationTopics } from '@wir/shared/explanations'

import { isEditor } from '../../access/isEditor'
import { queueSiteBuildAfterGlobalChange } from './queueSiteBuild'

export const reviewStates = [
  { value: 'draft', label: 'Entwurf – Prüfung durch eine Prüfgruppe für Leichte Sprache ausstehend' },
  { value: 'checked', label: 'Von einer Prüfgruppe für Leichte Sprache geprüft' },
] as const

const topicFields = (): Field[] => [
  {
    name: 'video',
    type: 'upload',
    relationTo: 'videos',
    label: 'Video in Deutscher Gebärdensprache (DGS)',
    admin: {
      description:
        'Solange hier kein Video ausgewählt ist, steht auf der Seite „Gebärdensprache“, dass das Video gerade entsteht.',
    },
  },
  { name: 'title', type: 'text', label: 'Überschrift', localized: true },
  {
    name: 'text',
    type: 'textarea',
    label: 'Text',
    localized: true,
    admin: {
      rows: 14,
      description:
        'Ein Satz pro Zeile. Eine Leerzeile beginnt einen neuen Absatz. Zeilen mit „• “ am Anfang werden eine Liste.',
    },
  },
]

/**
 * The start page's explanations in Leichte Sprache (BITV 2.0 §4), shown on the Leichte Sprache
 * home page; the sign-language page shows one video per topic. Edited in the Leichte Sprache
 * locale; one global, because there is exactly one set. Readable by anyone (it is public text),
 * changed by editors; a change rebuilds the site like publishing does.
 */
export const StartExplanations: GlobalConfig = {
  slug: 'start-explanations',
  label: 'Start-Erklärungen (Leichte Sprache, Gebärdensprache)',
  admin: {
    group: 'Inhalte',
    description:
      'Die 4 Erklärungen für die Startseite: Inhalt, Bedienung, Barrierefreiheit und weitere Angebote. ' +
      'Bitte in der Sprache „Leichte Sprache“ bearbeiten und von einer Prüfgruppe prüfen lassen.',
  },
  access: { read: () => true, update: isEditor },
  hooks: { afterChange: [queueSiteBuildAfterGlobalChange] },
  fields: [
    {
      name: 'reviewStatus',
      type: 'select',
      label: 'Prüfung',
      required: true,
      defaultValue: 'draft',
      options: reviewStates.map((state) => ({ ...state })),
      admin: { position: 'sidebar' },
    },
    ...explanationTopics.map((topic): Field => ({
      name: topic.key,
      type: 'group',
      label: topic.adminLabel,
      fields: topicFields(),
    })),
  ],
}
