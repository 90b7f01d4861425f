import type { CollectionConfig } from 'payload'

import { hasRole } from '../../access/roles'
import { beaconEndpoint } from './beacon'

/**
 * How often each form's scan page was opened, per day and requested language: the only data
 * the public beacon writes. One row per (code, day, language) with a counter; no IP address,
 * no time of day, no browser details, no cookie or identifier: counts cannot be traced back to
 * a person. Read by staff in the form's admin page.
 */
export const FormScanCounts: CollectionConfig = {
  slug: 'form-scan-counts',
  labels: { singular: 'Aufrufzählung', plural: 'Aufrufzählungen' },
  admin: {
    group: 'Formulare',
    defaultColumns: ['code', 'day', 'language', 'count'],
    description:
      'Anonyme Tageszählungen der QR-Aufrufe je Formular und gewünschter Sprache (keine IP-Adressen, keine Kennungen).',
  },
  access: {
    read: ({ req: { user } }) => Boolean(user),
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  endpoints: [beaconEndpoint],
  fields: [
    { name: 'code', type: 'text', label: 'Kurzcode', required: true, index: true },
    { name: 'day', type: 'text', label: 'Tag (UTC)', required: true, index: true },
    {
      name: 'language',
      type: 'text',
      label: 'Gewünschte Sprache',
      required: true,
      admin: { description: 'Erste Sprache des Browsers, nur das Sprachkürzel (z. B. „ar“).' },
    },
    { name: 'count', type: 'number', label: 'Aufrufe', required: true, defaultValue: 0 },
  ],
}
