import type { CollectionBeforeChangeHook, CollectionConfig, FieldAccess } from 'payload'

import { feedbackTopics } from '@wir/shared/feedback'

import { isEditor } from '../../access/isEditor'
import { hasRole } from '../../access/roles'
import { answerDeadline } from '../../feedback/retention'
import { sendReplyOnSave } from './sendReply'

export const feedbackStatuses = [
  { value: 'new', label: 'Neu' },
  { value: 'in-progress', label: 'In Bearbeitung' },
  { value: 'answered', label: 'Beantwortet' },
] as const

const topicLabels: Record<(typeof feedbackTopics)[number], string> = {
  barrier: 'Barriere gemeldet',
  'accessible-format': 'Inhalt in zugänglicher Form erbeten',
  other: 'Sonstiges',
}

/** What the person wrote stays as written: nobody can change it after it arrived. */
const asWritten: { access: { update: FieldAccess }; admin: { readOnly: true } } = {
  access: { update: () => false },
  admin: { readOnly: true },
}

const onArrival: CollectionBeforeChangeHook = ({ data, operation }) => {
  const message = typeof data.message === 'string' ? data.message : ''
  const subject = message.length > 80 ? `${message.slice(0, 79)}…` : message
  if (operation !== 'create') return data
  return { ...data, subject, status: 'new', dueOn: answerDeadline(new Date()).toISOString() }
}

/**
 * Messages from the accessibility statement's feedback form (POST /api/rueckmeldung). Only
 * editors and admins read or handle them; nobody creates them but the form endpoint (it uses
 * the Local API). Stored is only what the person typed: no IP address, no browser details.
 * The law asks for an answer within a month: `dueOn`, highlighted on the dashboard when overdue.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: 'Rückmeldung', plural: 'Rückmeldungen' },
  admin: {
    group: 'Barrierefreiheit',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'status', 'dueOn', 'createdAt'],
    description:
      'Meldungen von Barrieren und Bitten um Inhalte in zugänglicher Form, über das Formular der Website. ' +
      'Antwort innerhalb eines Monats; gelöscht nach der eingestellten Aufbewahrungsfrist.',
  },
  defaultSort: 'dueOn',
  access: {
    read: isEditor,
    create: () => false,
    update: isEditor,
    delete: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  hooks: { beforeChange: [onArrival, sendReplyOnSave] },
  fields: [
    { name: 'subject', type: 'text', label: 'Betreff (Anfang der Nachricht)', ...asWritten, index: true },
    {
      name: 'status',
      type: 'select',
      label: 'Stand',
      options: [...feedbackStatuses],
      defaultValue: 'new',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'dueOn',
      type: 'date',
      label: 'Antwort fällig bis',
      index: true,
      access: { update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
        description: 'Einen Monat nach Eingang (Frist der Erklärung zur Barrierefreiheit).',
      },
    },
    {
      name: 'topic',
      type: 'select',
      label: 'Anliegen',
      options: Object.entries(topicLabels).map(([value, label]) => ({ value, label })),
      ...asWritten,
    },
    { name: 'message', type: 'textarea', label: 'Nachricht', required: true, ...asWritten },
    { name: 'page', type: 'text', label: 'Betroffene Seite', ...asWritten },
    { name: 'name', type: 'text', label: 'Name', ...asWritten },
    { name: 'email', type: 'email', label: 'E-Mail-Adresse', ...asWritten },
    {
      name: 'language',
      type: 'text',
      label: 'Sprache der Website beim Schreiben',
      ...asWritten,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'collapsible',
      label: 'Antwort per E-Mail',
      fields: [
        { name: 'replyText', type: 'textarea', label: 'Antwort' },
        {
          name: 'sendReply',
          type: 'checkbox',
          label: 'Beim Speichern per E-Mail an die Person senden',
          admin: { description: 'Nur möglich, wenn die Person eine E-Mail-Adresse angegeben hat.' },
        },
        {
          name: 'repliedAt',
          type: 'date',
          label: 'Antwort gesendet am',
          access: { update: () => false },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
        },
      ],
    },
  ],
}
