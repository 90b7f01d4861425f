import { LinkHTMLConverter, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

type ResolveInternal = (doc: { relationTo?: string; value?: unknown } | undefined) => string | undefined

/**
 * Lean markup for the public site (the default converters add empty class/style/value
 * attributes and whitespace to every list item), and internal links resolved to document
 * routes; a link to a document that is not published renders as its text only.
 */
export function htmlConverters(resolveInternal: ResolveInternal = () => undefined): HTMLConvertersFunction {
  return ({ defaultConverters }) => {
    const external = LinkHTMLConverter({})
    return {
      ...defaultConverters,
      list: ({ node, nodesToHTML }) => {
        const tag = node.tag === 'ol' ? 'ol' : 'ul'
        const start = tag === 'ol' && node.start && node.start !== 1 ? ` start="${Number(node.start)}"` : ''
        return `<${tag}${start}>${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
      },
      listitem: ({ node, nodesToHTML }) => `<li>${nodesToHTML({ nodes: node.children }).join('')}</li>`,
      link: (args) => {
        const { node, nodesToHTML } = args
        if (node.fields.linkType !== 'internal')
          return typeof external.link === 'function' ? external.link(args as never) : ''
        const children = nodesToHTML({ nodes: node.children }).join('')
        const href = resolveInternal(node.fields.doc as never)
        return href ? `<a href="${escapeAttribute(href)}">${children}</a>` : `<span>${children}</span>`
      },
    }
  }
}
