import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { canEditLocale } from '../../access/canEditLocale'
import { isEditor } from '../../access/isEditor'
import { uploadsDir } from '../../database/location'
import { lockForTranslators } from '../../fields/lockForTranslators'
import { imageSizes } from './imageSizes'
import { checkImageUpload, imageMimeTypes } from './imageUploadRules'

/**
 * Images shown on pages and news. Staff-only in the CMS like the form files: the export copies
 * the sizes of images that published documents use beside the snapshot, and the static site
 * publishes them, so the CMS never serves residents.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bild', plural: 'Bilder' },
  admin: {
    group: 'Inhalte',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'width', 'height', 'updatedAt'],
    description:
      'JPEG, PNG, WebP oder AVIF, höchstens 10 MB. Die Website erzeugt daraus kleinere Fassungen für Handys. Bitte in jeder Sprache, in der eine Seite mit diesem Bild erscheint, einen Alternativtext eintragen.',
  },
  access: {
    read: ({ req: { user } }) => Boolean(user),
    create: isEditor,
    // Translators add the alternative text in their languages; the file itself stays locked (lockForTranslators).
    update: canEditLocale,
    delete: isEditor,
  },
  upload: {
    staticDir: path.join(uploadsDir, 'media'),
    mimeTypes: imageMimeTypes,
    imageSizes,
    // Originals from cameras are scaled to at most 2400 px wide; metadata (e.g. GPS position) is dropped.
    resizeOptions: { width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true },
    focalPoint: true,
    crop: true,
    pasteURL: false,
    adminThumbnail: 'w400webp',
  },
  hooks: { beforeOperation: [checkImageUpload] },
  fields: lockForTranslators([
    {
      name: 'alt',
      type: 'text',
      label: 'Alternativtext',
      localized: true,
      maxLength: 250,
      admin: {
        description:
          'Was auf dem Bild zu sehen ist, in einem Satz, für Menschen, die es nicht sehen können (z. B. „Drei Frauen unterhalten sich an einem Infostand im Rathaus“). Nicht „Bild von …“. Nötig auf Deutsch und in jeder Sprache, in der eine Seite mit diesem Bild veröffentlicht wird.',
      },
    },
    {
      name: 'credit',
      type: 'text',
      label: 'Bildnachweis',
      admin: { description: 'Fotograf/in oder Quelle, z. B. „Foto: Landeshauptstadt Hannover“.' },
    },
  ]),
}
