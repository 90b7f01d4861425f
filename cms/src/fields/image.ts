import type { Field } from 'payload'

/** The optional picture of a page or news item; its alternative text lives on the image (collection media). */
export const imageField: Field = {
  name: 'image',
  type: 'upload',
  relationTo: 'media',
  label: 'Bild',
  admin: {
    description:
      'Optional. Veröffentlichen geht erst, wenn das Bild in Deutsch und in jeder als „Fertig“ markierten Sprache einen Alternativtext hat.',
  },
}
