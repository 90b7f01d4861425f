/**
 * Turns the seed's paragraph lists into Lexical rich text. A paragraph that starts with "• "
 * or "1. " is a list item in the source documents; consecutive items become one list.
 */
type Node = Record<string, unknown>

const textNode = (text: string): Node[] =>
  text
    .split('\n')
    .flatMap((line, index) => [
      ...(index > 0 ? [{ type: 'linebreak', version: 1 }] : []),
      { type: 'text', text: line, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
    ])

const block = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export type Block = { heading?: string; paragraphs: readonly string[] }

export function paragraphsToLexical(blocks: readonly Block[]) {
  const children: Node[] = []
  for (const { heading, paragraphs } of blocks) {
    if (heading) children.push(block('heading', textNode(heading), { tag: 'h2' }))
    let list: { node: Node; ordered: boolean } | undefined
    for (const paragraph of paragraphs) {
      const bullet = /^•\s+/.exec(paragraph)
      const numbered = /^(\d+)\.\s+/.exec(paragraph)
      const marker = bullet ?? numbered
      if (!marker) {
        list = undefined
        children.push(block('paragraph', textNode(paragraph), { textFormat: 0, textStyle: '' }))
        continue
      }
      const ordered = Boolean(numbered)
      if (!list || list.ordered !== ordered) {
        const start = numbered ? Number(numbered[1]) : 1
        list = {
          ordered,
          node: block('list', [], { listType: ordered ? 'number' : 'bullet', start, tag: ordered ? 'ol' : 'ul' }),
        }
        children.push(list.node)
      }
      const items = list.node.children as Node[]
      items.push(block('listitem', textNode(paragraph.slice(marker[0].length)), { value: items.length + 1 }))
    }
  }
  return { root: block('root', children) }
}
