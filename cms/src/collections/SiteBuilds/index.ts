import type { CollectionConfig } from 'payload'

import { rollbackEndpoint } from '../../publishing/rollbackEndpoint'

/**
 * The publishing log: one entry per site build or rollback, written by the server only. The
 * queue's own job records are deleted when a newer build supersedes them; this log keeps what
 * editors need to see (who, when, how long, how many pages, which error).
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: 'Veröffentlichung', plural: 'Veröffentlichungen' },
  admin: {
    group: 'Verwaltung',
    useAsTitle: 'reason',
    defaultColumns: ['status', 'reason', 'triggeredBy', 'startedAt', 'pages'],
    description: 'Protokoll: wann die öffentliche Website neu erzeugt wurde. Übersicht unter „Veröffentlichung“.',
    hidden: true,
  },
  defaultSort: '-startedAt',
  access: {
    read: ({ req: { user } }) => Boolean(user),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: [rollbackEndpoint],
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: 'Art',
      required: true,
      defaultValue: 'build',
      options: [
        { value: 'build', label: 'Neu erzeugt' },
        { value: 'rollback', label: 'Zurückgesetzt' },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: 'Stand',
      required: true,
      index: true,
      options: [
        { value: 'running', label: 'Läuft' },
        { value: 'succeeded', label: 'Erfolgreich' },
        { value: 'failed', label: 'Fehlgeschlagen' },
      ],
    },
    { name: 'reason', type: 'text', label: 'Anlass' },
    { name: 'triggeredBy', type: 'text', label: 'Ausgelöst von' },
    { name: 'step', type: 'text', label: 'Schritt' },
    { name: 'progress', type: 'number', label: 'Fortschritt (%)' },
    {
      name: 'startedAt',
      type: 'date',
      label: 'Beginn',
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'finishedAt', type: 'date', label: 'Ende', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: 'Dauer (ms)' },
    { name: 'pages', type: 'number', label: 'Seiten' },
    { name: 'releaseId', type: 'text', label: 'Fassung', index: true },
    { name: 'error', type: 'textarea', label: 'Fehler' },
  ],
}
