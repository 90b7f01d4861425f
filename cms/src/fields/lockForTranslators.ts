import type { Field, FieldAccess } from 'payload'

import { isTranslatorOnly } from '../access/roles'

const notTranslator: FieldAccess = ({ req: { user } }) => !isTranslatorOnly(user)

function hasLocalizedDescendant(field: Field): boolean {
  if ('localized' in field && field.localized) return true
  if ('fields' in field && Array.isArray(field.fields)) return field.fields.some(hasLocalizedDescendant)
  if (field.type === 'tabs') return field.tabs.some((tab) => tab.fields.some(hasLocalizedDescendant))
  return false
}

/**
 * Translators translate: every field that is not localized (codes, numbers, relations, the
 * German-only structure) becomes read-only for them. Containers that hold localized fields stay
 * open so their translatable parts can be edited.
 */
export function lockForTranslators(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: lockForTranslators(tab.fields) })) }
    }
    // Layout-only containers (row, collapsible) hold no data themselves: lock what is inside.
    const isLayoutOnly = 'fields' in field && !('name' in field)
    if ('fields' in field && Array.isArray(field.fields) && (isLayoutOnly || hasLocalizedDescendant(field))) {
      return { ...field, fields: lockForTranslators(field.fields) } as Field
    }
    if (!('name' in field) || ('localized' in field && field.localized) || field.custom?.openToTranslators) return field
    const access = (field as { access?: { create?: FieldAccess } }).access
    return { ...field, access: { ...access, create: access?.create ?? notTranslator, update: notTranslator } } as Field
  })
}
