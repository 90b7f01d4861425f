/**
 * Rich text as Payload's Lexical editor stores it, for test data: a document of one paragraph.
 * The seed has its own converter (cms/src/seed/paragraphsToLexical.ts) for whole texts; tests need
 * one paragraph, sometimes with a link in it.
 */
type Node = Record<string, unknown>

export const lexicalText = (text: string): Node => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** A rich-text value with one paragraph made of these inline nodes. */
export const lexicalParagraph = (children: Node[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children,
      },
    ],
  },
})

/** A rich-text value of one plain paragraph. */
export const paragraph = (text: string) => lexicalParagraph([lexicalText(text)])
