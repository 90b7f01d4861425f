import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { canEditLocale } from '../../access/canEditLocale'
import { isEditor } from '../../access/isEditor'
import { uploadsDir } from '../../database/location'
import { lockForTranslators } from '../../fields/lockForTranslators'
import { checkCaptionUpload, checkVideoUpload, maxVideoBytes, videoMimeTypes } from './videoUploadRules'

const staffOnly = ({ req: { user } }: { req: { user: unknown } }) => Boolean(user)

/**
 * Videos for sign-language (DGS) and other explanations. Staff-only in the CMS like images: the
 * export copies the videos that published content uses beside the snapshot, the static site
 * publishes them. The site plays them with the browser's own player, never automatically.
 */
export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: { singular: 'Video', plural: 'Videos' },
  admin: {
    group: 'Inhalte',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'title', 'durationSeconds', 'updatedAt'],
    description: `MP4 (H.264) oder WebM, höchstens ${maxVideoBytes / 1024 / 1024} MB. Bitte mit Vorschaubild, Untertiteln (WebVTT) je Sprache und einem Text zum Video.`,
  },
  access: { read: staffOnly, create: isEditor, update: canEditLocale, delete: isEditor },
  upload: { staticDir: path.join(uploadsDir, 'videos'), mimeTypes: videoMimeTypes, pasteURL: false },
  hooks: { beforeOperation: [checkVideoUpload] },
  fields: lockForTranslators([
    {
      name: 'title',
      type: 'text',
      label: 'Titel',
      localized: true,
      // Required in German only: captions in another language can be added before a translated title.
      validate: (value: unknown, { req }: { req: { locale?: string | null } }) =>
        req.locale === 'de' && !(typeof value === 'string' && value.trim())
          ? 'Bitte geben Sie einen Titel auf Deutsch ein.'
          : true,
      admin: { description: 'Wird dem Video als Name gegeben (z. B. für Screenreader).' },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      label: 'Dauer (Sekunden)',
      admin: { readOnly: true, position: 'sidebar', description: 'Wird beim Hochladen aus der Datei gelesen.' },
    },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      label: 'Vorschaubild',
      admin: { description: 'Wird gezeigt, bevor jemand das Video startet.' },
    },
    {
      name: 'captions',
      type: 'upload',
      relationTo: 'video-captions',
      label: 'Untertitel (WebVTT) in dieser Sprache',
      localized: true,
    },
    {
      name: 'transcript',
      type: 'textarea',
      label: 'Text zum Video (Transkript)',
      localized: true,
      admin: { rows: 10, description: 'Was im Video gesagt und gezeigt wird, als Text.' },
    },
  ]),
}

/** WebVTT caption files, one per video and language (see Videos.captions). */
export const VideoCaptions: CollectionConfig = {
  slug: 'video-captions',
  labels: { singular: 'Untertitel-Datei', plural: 'Untertitel-Dateien' },
  admin: {
    group: 'Inhalte',
    useAsTitle: 'filename',
    description: 'Untertitel als WebVTT-Datei (.vtt), höchstens 1 MB.',
  },
  access: { read: staffOnly, create: canEditLocale, update: canEditLocale, delete: isEditor },
  upload: { staticDir: path.join(uploadsDir, 'video-captions'), mimeTypes: ['text/vtt'], pasteURL: false },
  hooks: { beforeOperation: [checkCaptionUpload] },
  fields: [],
}
