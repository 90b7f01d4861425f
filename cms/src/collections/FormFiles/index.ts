import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access/isEditor'
import { uploadsDir } from '../../database/location'
import { checkUpload, pageImageRule, pdfRule } from './uploadRules'

const staffOnly = ({ req: { user } }: { req: { user: unknown } }) => Boolean(user)

/**
 * Files of printed forms. Staff-only in the CMS: the export copies the files of published forms
 * beside the snapshot and the static site publishes them, so the CMS never serves residents.
 */
export const FormPdfs: CollectionConfig = {
  slug: 'form-pdfs',
  labels: { singular: 'Formular-PDF', plural: 'Formular-PDFs' },
  admin: { group: 'Formulare', description: 'Die amtlichen deutschen Formulare als PDF (höchstens 10 MB).' },
  access: { read: staffOnly, create: isEditor, update: isEditor, delete: isEditor },
  upload: { staticDir: path.join(uploadsDir, 'form-pdfs'), mimeTypes: [...pdfRule.mimeTypes] },
  hooks: { beforeOperation: [checkUpload(pdfRule)] },
  fields: [
    { name: 'alt', type: 'text', label: 'Beschreibung', admin: { description: 'Z. B. „Anmeldung, Stand 03/2025“.' } },
  ],
}

export const FormPageImages: CollectionConfig = {
  slug: 'form-page-images',
  labels: { singular: 'Formularseite (Bild)', plural: 'Formularseiten (Bilder)' },
  admin: {
    group: 'Formulare',
    description: 'Ein Bild je Papierseite, auf dem die Felder markiert werden können (höchstens 5 MB).',
  },
  access: { read: staffOnly, create: isEditor, update: isEditor, delete: isEditor },
  upload: { staticDir: path.join(uploadsDir, 'form-pages'), mimeTypes: [...pageImageRule.mimeTypes] },
  hooks: { beforeOperation: [checkUpload(pageImageRule)] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Beschreibung',
      required: true,
      admin: { description: 'Z. B. „Seite 1 des Formulars Anmeldung“.' },
    },
  ],
}
