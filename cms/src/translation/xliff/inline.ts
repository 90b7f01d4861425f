/**
 * Rich text ↔ XLIFF 2.0 inline markup. Each block (paragraph, heading, quote, list item)
 * becomes one segment; bold/italic/underline become <pc type="fmt">, links <pc type="link">
 * (the link target stays in the CMS and is reused by id), line breaks <ph subType="xlf:lb"/>.
 */
type LexicalNode = {
  type: string
  text?: string
  format?: number | string
  children?: LexicalNode[]
  [key: string]: unknown
}

const formats = [
  { bit: 1, subType: 'xlf:b' },
  { bit: 2, subType: 'xlf:i' },
  { bit: 8, subType: 'xlf:u' },
] as const
const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem'])

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The translatable blocks of a Lexical state, in document order (nested list items included). */
export function blocksOf(root: LexicalNode): LexicalNode[] {
  const out: LexicalNode[] = []
  const visit = (node: LexicalNode) => {
    if (blockTypes.has(node.type)) out.push(node)
    for (const child of node.children ?? [])
      if (child.type === 'list' || child.type === 'listitem' || !blockTypes.has(node.type)) visit(child)
  }
  for (const child of root.children ?? []) visit(child)
  return out
}

/** Inline content of one block as XLIFF markup; nested lists are their own blocks. */
export function blockToXliff(block: LexicalNode): string {
  let counter = 0
  const next = (prefix: string) => `${prefix}${++counter}`
  const render = (nodes: LexicalNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') {
          let out = escapeXml(node.text ?? '')
          const bits = typeof node.format === 'number' ? node.format : 0
          for (const { bit, subType } of formats)
            if (bits & bit) out = `<pc id="${next('f')}" type="fmt" subType="${subType}">${out}</pc>`
          return out
        }
        if (node.type === 'linebreak') return `<ph id="${next('br')}" type="fmt" subType="xlf:lb"/>`
        if (node.type === 'link' || node.type === 'autolink')
          return `<pc id="${next('l')}" type="link">${render(node.children ?? [])}</pc>`
        if (node.type === 'list') return ''
        return render(node.children ?? [])
      })
      .join('')
  return render(block.children ?? [])
}

/** Link nodes of a block in the order blockToXliff numbers them, by their XLIFF id. */
export function linksOf(block: LexicalNode): Map<string, LexicalNode> {
  const links = new Map<string, LexicalNode>()
  let counter = 0
  const visit = (nodes: LexicalNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const bits = typeof node.format === 'number' ? node.format : 0
        for (const { bit } of formats) if (bits & bit) counter++
      } else if (node.type === 'linebreak') counter++
      else if (node.type === 'link' || node.type === 'autolink') {
        links.set(`l${++counter}`, node)
        visit(node.children ?? [])
      } else if (node.type !== 'list') visit(node.children ?? [])
    }
  }
  visit(block.children ?? [])
  return links
}

/** Parsed XLIFF inline content (fast-xml-parser, preserveOrder) → Lexical inline nodes. */
export type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> }

export class InlineMarkupError extends Error {}

export function xliffToInline(
  nodes: OrderedNode[],
  links: Map<string, LexicalNode>,
  allowedIds: ReadonlySet<string>,
): LexicalNode[] {
  const build = (items: OrderedNode[], format: number): LexicalNode[] =>
    items.flatMap((item): LexicalNode[] => {
      if ('#text' in item) {
        const text = String(item['#text'])
        return text ? [{ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }] : []
      }
      const [tag] = Object.keys(item).filter((key) => key !== ':@')
      const attrs = item[':@'] ?? {}
      const id = attrs['@_id'] ?? ''
      if (!allowedIds.has(id)) throw new InlineMarkupError(`Markierung "${id || tag}" gibt es im deutschen Text nicht`)
      const children = (item[tag!] ?? []) as OrderedNode[]
      if (tag === 'ph' && attrs['@_subType'] === 'xlf:lb') return [{ type: 'linebreak', version: 1 }]
      if (tag === 'pc' && attrs['@_type'] === 'fmt') {
        const bit = formats.find((entry) => entry.subType === attrs['@_subType'])?.bit
        if (!bit) throw new InlineMarkupError(`Unbekannte Formatierung "${attrs['@_subType']}"`)
        return build(children, format | bit)
      }
      if (tag === 'pc' && attrs['@_type'] === 'link') {
        const source = links.get(id)
        if (!source) throw new InlineMarkupError(`Verweis "${id}" gibt es im deutschen Text nicht`)
        return [{ ...source, children: build(children, format) }]
      }
      throw new InlineMarkupError(`Nicht erlaubte Markierung <${tag}>`)
    })
  return build(nodes, 0)
}

/** Ids of all inline codes in a source segment's markup (what a target may use). */
export function inlineIds(markup: string): Set<string> {
  return new Set([...markup.matchAll(/<(?:pc|ph) id="([^"]+)"/g)].map((match) => match[1]!))
}
