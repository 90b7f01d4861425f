/**
 * Explanation texts are plain text as Leichte Sprache is written: one sentence per line, a blank
 * line between paragraphs, "• " for list items. Turned into blocks here, rendered as text nodes
 * (escaped) by the component; editors never write HTML.
 */
import type { Explanation } from '@wir/shared/snapshot'
import { pick } from './text.ts'

export type TextBlock = { kind: 'lines'; lines: string[] } | { kind: 'list'; items: string[] }

const bullet = /^[•\-*]\s+/u

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const paragraph of text.split(/\n\s*\n/u)) {
    const lines = paragraph
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    let current: TextBlock | undefined
    for (const line of lines) {
      const kind = bullet.test(line) ? 'list' : 'lines'
      if (current?.kind !== kind) blocks.push((current = kind === 'list' ? { kind, items: [] } : { kind, lines: [] }))
      if (current.kind === 'list') current.items.push(line.replace(bullet, ''))
      else current.lines.push(line)
    }
  }
  return blocks
}

/**
 * The explanations a language home shows: those with title and text in its own language (in
 * practice the Leichte Sprache home); never fallbacks, which would repeat the text elsewhere.
 */
export function ownExplanations(explanations: readonly Explanation[], locale: string) {
  return explanations.flatMap((explanation) => {
    const title = pick(explanation.title, locale)
    const text = pick(explanation.text, locale)
    return title && text && !title.isFallback && !text.isFallback ? [{ key: explanation.key, title, text }] : []
  })
}
