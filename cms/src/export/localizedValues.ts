import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { htmlConverters } from './htmlConverters'

/** Values read with `locale: 'all'`: an object keyed by locale, holding only stored values. */
export type AllLocales<T> = Partial<Record<string, T | null>> | null | undefined

/** Keeps the locales that really have text; Payload returns null or '' for the others. */
export function localizedText(values: AllLocales<string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [locale, value] of Object.entries(values ?? {})) {
    if (typeof value === 'string' && value.trim() !== '') out[locale] = value
  }
  return out
}

type LexicalNode = { type: string; text?: string; children?: LexicalNode[] }

function isBlank(node: LexicalNode): boolean {
  if (node.type === 'text') return !node.text?.trim()
  if (node.type === 'linebreak') return true
  return node.type === 'paragraph' && (node.children ?? []).every(isBlank)
}

function hasContent(state: SerializedEditorState | null | undefined): state is SerializedEditorState {
  const children = (state?.root?.children ?? []) as LexicalNode[]
  return children.some((node) => !isBlank(node))
}

/** Rich text of every locale converted to HTML; empty editors count as missing. */
export function localizedHtml(
  values: AllLocales<SerializedEditorState>,
  converters: HTMLConvertersFunction = htmlConverters(),
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [locale, state] of Object.entries(values ?? {})) {
    if (!hasContent(state)) continue
    const html = convertLexicalToHTML({
      data: state,
      converters,
      disableContainer: true,
      disableIndent: true,
      disableTextAlign: true,
    })
    if (html.trim()) out[locale] = html
  }
  return out
}
