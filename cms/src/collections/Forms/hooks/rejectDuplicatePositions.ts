import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

type Section = { number?: string | null; fields?: { number?: string | null }[] | null }

/**
 * Two fields at the same position (section + field number) would send a reader to the wrong
 * explanation. Checked on the whole form, since a field cannot see the other sections.
 */
export const rejectDuplicatePositions: CollectionBeforeValidateHook = ({ data }) => {
  const sections = (data?.sections ?? []) as Section[]
  const seen = new Map<string, string>()
  const errors: { path: string; message: string }[] = []
  sections.forEach((section, sectionIndex) =>
    (section.fields ?? []).forEach((field, fieldIndex) => {
      const number = field.number?.trim()
      if (!number) return
      const position = `${section.number?.trim() ? `Abschnitt ${section.number.trim()}, ` : ''}Feld ${number}`
      const key = `${section.number?.trim() ?? ''}/${number}`
      const path = `sections.${sectionIndex}.fields.${fieldIndex}.number`
      if (seen.has(key))
        errors.push({
          path,
          message: `Die Position „${position}“ gibt es in diesem Formular schon. Jede Feldnummer darf je Abschnitt nur einmal vorkommen.`,
        })
      else seen.set(key, path)
    }),
  )
  if (errors.length) throw new ValidationError({ collection: 'forms', errors })
  return data
}
