import type { HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

/**
 * Lean markup for the public site: the default converters add empty class/style/value
 * attributes and whitespace to every list item, which costs bytes on every page.
 */
export const htmlConverters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  list: ({ node, nodesToHTML }) => {
    const tag = node.tag === 'ol' ? 'ol' : 'ul'
    const start = tag === 'ol' && node.start && node.start !== 1 ? ` start="${Number(node.start)}"` : ''
    return `<${tag}${start}>${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
  },
  listitem: ({ node, nodesToHTML }) => `<li>${nodesToHTML({ nodes: node.children }).join('')}</li>`,
})
