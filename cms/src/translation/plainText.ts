import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** The readable text of a field value: what translators compare and what a change is measured on. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'object' && 'root' in (value as object)) {
    return convertLexicalToPlaintext({ data: value as SerializedEditorState })
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  }
  return JSON.stringify(value)
}
