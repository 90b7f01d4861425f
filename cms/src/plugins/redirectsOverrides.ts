import {
  ValidationError,
  type CollectionAfterErrorHook,
  type CollectionConfig,
  type Field,
  type TextFieldSingleValidation,
} from 'payload'
import { text } from 'payload/shared'

import { isAllowedRedirectTarget, redirectTargetMessage } from '@wir/shared/redirectTarget'

import { isEditor } from '../access/isEditor'
import { queueSiteBuildAfterChange, queueSiteBuildAfterDelete } from '../hooks/queueSiteBuildOnChange'

/** The custom URL of a redirect: the plugin's own checks (required) plus the allowed targets. */
const validateTargetUrl: TextFieldSingleValidation = (value, options) => {
  if ((options.siblingData as { type?: string } | undefined)?.type !== 'custom') return true
  const basic = text(value, options)
  if (basic !== true) return basic
  return isAllowedRedirectTarget(String(value ?? '')) || redirectTargetMessage
}

/**
 * The admin shows a refused save as a notice with the top-level message, which Payload makes
 * "Das folgende Feld ist nicht korrekt: Eigene URL"; the editor needs the reason itself there.
 */
const explainRefusedTarget: CollectionAfterErrorHook = ({ error, result }) => {
  if (!(error instanceof ValidationError) || !result) return
  const reasons = error.data.errors.filter((entry) => entry.path === 'to.url').map((entry) => entry.message)
  if (reasons.length === 0) return
  return { response: { ...result, errors: result.errors.map((entry) => ({ ...entry, message: reasons.join(' ') })) } }
}

/** The plugin's fields, with the check above on `to.url`. */
function withCheckedTarget({ defaultFields }: { defaultFields: Field[] }): Field[] {
  return defaultFields.map((field) =>
    field.type === 'group' && 'name' in field && field.name === 'to'
      ? {
          ...field,
          fields: field.fields.map((inner) =>
            inner.type === 'text' && inner.name === 'url' && !inner.hasMany
              ? { ...inner, validate: validateTargetUrl }
              : inner,
          ),
        }
      : field,
  )
}

/** Redirects are staff data: editors manage them, readers never query them directly. */
export const redirectsOverrides: Partial<Omit<CollectionConfig, 'fields'>> & {
  fields: typeof withCheckedTarget
} = {
  labels: { singular: 'Weiterleitung', plural: 'Weiterleitungen' },
  admin: {
    group: 'Verwaltung',
    description:
      'Alte Adressen, die auf eine Seite weiterleiten. Beim Ändern einer Adresse (Slug) wird automatisch eine Weiterleitung angelegt.',
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  // The site builds redirect pages from these: a changed redirect is a change residents see.
  hooks: {
    afterChange: [queueSiteBuildAfterChange],
    afterDelete: [queueSiteBuildAfterDelete],
    afterError: [explainRefusedTarget],
  },
  fields: withCheckedTarget,
}
