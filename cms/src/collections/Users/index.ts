import type { CollectionConfig, FieldAccess } from 'payload'

import { locales } from '@wir/shared/locales'

import { isAdmin } from '../../access/isAdmin'
import { hasRole, roles } from '../../access/roles'
import { hashEvenForUnknownAccounts } from './hashEvenForUnknownAccounts'
import { oneAnswerForFailedLogins } from './oneAnswerForFailedLogins'

const adminOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

const roleLabels: Record<(typeof roles)[number], string> = {
  admin: 'Administration',
  editor: 'Redaktion',
  translator: 'Übersetzung',
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Benutzer*in', plural: 'Benutzer*innen' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: {
      secure: process.env.NODE_ENV === 'production' && process.env.PAYLOAD_INSECURE_COOKIES !== '1',
      sameSite: 'Lax',
    },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'roles', 'translationLocales'], group: 'Verwaltung' },
  access: {
    read: ({ req: { user } }) => (hasRole(user, 'admin') ? true : user ? { id: { equals: user.id } } : false),
    create: isAdmin,
    delete: isAdmin,
    update: ({ req: { user } }) => (hasRole(user, 'admin') ? true : user ? { id: { equals: user.id } } : false),
    // The first user on an empty database becomes admin (see hooks below).
    admin: ({ req: { user } }) => Boolean(user),
  },
  fields: [
    { name: 'name', type: 'text', label: 'Name' },
    {
      name: 'roles',
      type: 'select',
      label: 'Rollen',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'translationLocales',
      type: 'select',
      label: 'Sprachen, die übersetzt werden dürfen',
      hasMany: true,
      saveToJWT: true,
      options: locales.map((row) => ({ value: row.code, label: `${row.nativeName} (${row.englishName})` })),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        condition: (data) => Array.isArray(data?.roles) && data.roles.includes('translator'),
        description: 'Nur für die Rolle Übersetzung: Diese Sprachen darf die Person bearbeiten.',
      },
      validate: (value: unknown, { siblingData }: { siblingData: { roles?: string[] } }) =>
        siblingData.roles?.includes('translator') && !(Array.isArray(value) && value.length > 0)
          ? 'Bitte mindestens eine Sprache für die Übersetzung auswählen.'
          : true,
    },
  ],
  hooks: {
    beforeOperation: [hashEvenForUnknownAccounts],
    afterError: [oneAnswerForFailedLogins],
    beforeChange: [
      async ({ req, operation, data }) => {
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
        return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
      },
    ],
  },
}
