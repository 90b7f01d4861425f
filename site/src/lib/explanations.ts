/**
 * Explanation texts are plain text as Leichte Sprache is written: one sentence per line, a blank
 * line between paragraphs, "• " for list items. Turned into blocks here, rendered as text nodes
 * (escaped) by the component; editors never write HTML.
 */
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
