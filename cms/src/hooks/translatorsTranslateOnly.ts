import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type Field } from 'payload'

import { isTranslatorOnly } from '../access/roles'

/*
 * Translators translate: they may change the localized values of existing rows in their own
 * languages, nothing else. Field access (fields/lockForTranslators.ts) already hides every
 * non-localized value from their writes, and canEditLocale limits them to their languages;
 * what field access cannot see is the rows themselves: an open list (form sections and fields,
 * a page's signatories) could be reordered, shortened or extended, which changes what is
 * printed and what German readers see. This rule compares every write with the current state
 * and refuses anything but text changes, for every write path (REST and the admin, GraphQL,
 * the Local API with a user, the XLIFF import). Restoring a version or unpublishing would change
 * every language and the structure at once, so translators cannot do either.
 */

const refuse = (message: string) => new APIError(message, 403, undefined, true)

const labelOf = (field: Field) =>
  'label' in field && typeof field.label === 'string' ? `„${field.label}“` : 'name' in field ? `„${field.name}“` : ''

// Written by Payload or by the server's own hooks, or open to translators on purpose.
const notStructure = (field: Field) =>
  !('name' in field) ||
  ['_status', 'createdAt', 'updatedAt', 'id'].includes(field.name) ||
  Boolean(field.custom?.openToTranslators) ||
  ('virtual' in field && Boolean(field.virtual))

type Data = Record<string, unknown>
type Row = Data & { id?: unknown }
const asData = (value: unknown): Data => (value && typeof value === 'object' ? (value as Data) : {})
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as Row).id : value)
const comparable = (value: unknown): string => {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return ''
  if (Array.isArray(value)) return JSON.stringify(value.map((item) => String(idOf(item))))
  if (typeof value === 'object' && 'value' in value && 'relationTo' in value) {
    return `${String(value.relationTo)}:${String(idOf(value.value))}`
  }
  return typeof value === 'object' && 'id' in value ? String(value.id) : JSON.stringify(value)
}

/** The first structural change in `data` against `doc`, as a German sentence, or undefined. */
function structuralChange(fields: Field[], data: Data, doc: Data): string | undefined {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        if (named && tab.localized) continue
        const change = named
          ? tab.name in data && structuralChange(tab.fields, asData(data[tab.name]), asData(doc[tab.name]))
          : structuralChange(tab.fields, data, doc)
        if (change) return change
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields)) {
        const change = structuralChange(field.fields, data, doc)
        if (change) return change
      }
      continue
    }
    if (field.type === 'ui' || ('localized' in field && field.localized) || !(field.name in data)) continue
    if (field.type === 'array' || field.type === 'blocks') {
      const rows = rowsOf(data[field.name])
      const existing = rowsOf(doc[field.name])
      const sameRows = rows.length === existing.length && rows.every((row, index) => row.id === existing[index]?.id)
      if (!sameRows) {
        return (
          `In ${labelOf(field)} können nur die Texte übersetzt werden: Zeilen hinzufügen, entfernen oder ` +
          'umsortieren darf nur die Redaktion.'
        )
      }
      for (const [index, row] of rows.entries()) {
        const rowFields =
          field.type === 'array'
            ? field.fields
            : (field.blocks.find((block) => block.slug === (row as { blockType?: string }).blockType)?.fields ?? [])
        const change = structuralChange(rowFields, row, asData(existing[index]))
        if (change) return change
      }
    } else if (field.type === 'group') {
      const change = structuralChange(field.fields, asData(data[field.name]), asData(doc[field.name]))
      if (change) return change
    } else if (!notStructure(field) && comparable(data[field.name]) !== comparable(doc[field.name])) {
      return `${labelOf(field)} gilt für alle Sprachen und kann nur von der Redaktion geändert werden.`
    }
  }
  return undefined
}

export const translatorsChangeOnlyTexts: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  if (!isTranslatorOnly(req.user)) return data
  const change = structuralChange(collection.fields, data, asData(originalDoc))
  if (change) throw refuse(`${change} Ihre Änderung wurde nicht gespeichert.`)
  return data
}

/** Operations that change the whole document, not a translation: restoring a version, unpublishing. */
export const translatorsCannotRestoreOrUnpublish: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!isTranslatorOnly(req.user)) return args
  if (operation === 'restoreVersion') {
    throw refuse(
      'Eine frühere Fassung wiederherstellen kann nur die Redaktion: Sie ersetzt alle Sprachen und die Struktur ' +
        'des Dokuments. Übernehmen Sie Texte aus der früheren Fassung bitte von Hand in Ihre Sprache.',
    )
  }
  const unpublish = operation === 'update' && !args.draft && (args.data as { _status?: string })?._status === 'draft'
  if (unpublish) {
    throw refuse(
      'Ein Dokument von der Website nehmen kann nur die Redaktion: Es verschwindet damit in allen Sprachen. ' +
        'Speichern Sie Ihre Übersetzung als Entwurf, wenn sie noch nicht erscheinen soll.',
    )
  }
  return args
}
