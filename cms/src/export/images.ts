import { copyFile, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { besideSnapshot } from '@wir/shared/exportLayout'
import { imageMimeTypes, type Image } from '@wir/shared/snapshot'
import { slugify } from '@wir/shared/slugify'

import { localizedText, type AllLocales } from './localizedValues'

type Id = number | string
type Size = {
  filename?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
  filesize?: number | null
}
type MediaDoc = Size & { id: Id; alt?: AllLocales<string>; credit?: string | null; sizes?: Record<string, Size> | null }

/** A file to copy beside the snapshot: `media/{file}`. */
export type MediaFileCopy = { file: string; source: string }

const extensions: Record<(typeof imageMimeTypes)[number], string> = {
  'image/avif': 'avif',
  'image/webp': 'webp',
  'image/jpeg': 'jpg',
  'image/png': 'png',
}
const isImageType = (type: string | null | undefined): type is (typeof imageMimeTypes)[number] =>
  (imageMimeTypes as readonly string[]).includes(type ?? '')

/**
 * Reads the images published pages and news use, once each, and says which files to copy.
 * Exported names are `{name}-{id}-{width}.{ext}`: readable, unique per image and width, and
 * free of whatever characters an editor's file name had.
 */
export function imageExporter(payload: Payload) {
  const staticDir = payload.collections.media?.config.upload?.staticDir
  const cache = new Map<string, Promise<Image | null>>()
  const copies = new Map<string, MediaFileCopy>()

  async function read(id: string): Promise<Image | null> {
    // Images are staff-only; one used by a published document is public through it.
    const doc = (await payload.findByID({
      collection: 'media',
      id,
      locale: 'all',
      depth: 0,
      disableErrors: true,
    })) as MediaDoc | null
    if (!doc?.filename || !doc.width || !doc.height || !staticDir) return null
    const stem =
      slugify(doc.filename.replace(/\.[^.]+$/, ''))
        .slice(0, 40)
        .replace(/-+$/, '') || 'bild'
    const candidates = [...Object.values(doc.sizes ?? {}), doc]
    const files: Image['files'] = []
    const seen = new Set<string>()
    for (const size of candidates) {
      if (!size.filename || !size.width || !size.height || !isImageType(size.mimeType)) continue
      const file = `${stem}-${doc.id}-${size.width}.${extensions[size.mimeType]}`
      // The original joins only when no size was made (a small image), as its own fallback.
      if (size === doc && files.some((entry) => entry.mimeType === size.mimeType)) continue
      if (seen.has(file)) continue
      seen.add(file)
      files.push({ file, mimeType: size.mimeType, width: size.width, height: size.height, bytes: size.filesize ?? 0 })
      copies.set(file, { file, source: path.join(staticDir, size.filename) })
    }
    const alt = localizedText(doc.alt)
    if (files.length === 0 || Object.keys(alt).length === 0) return null
    return {
      id: String(doc.id),
      width: doc.width,
      height: doc.height,
      alt,
      credit: doc.credit ?? '',
      files: files.sort((a, b) => a.width - b.width),
    }
  }

  return {
    /** The image with the alternative texts of the locales the document is published in. */
    async image(value: unknown, publishedLocales: Iterable<string>): Promise<Image | null> {
      if (value === null || value === undefined || value === '') return null
      const id = String(typeof value === 'object' ? (value as { id: Id }).id : value)
      if (!cache.has(id)) cache.set(id, read(id))
      const image = await cache.get(id)!
      if (!image) return null
      const locales = new Set(publishedLocales)
      const alt = Object.fromEntries(Object.entries(image.alt).filter(([locale]) => locales.has(locale)))
      return Object.keys(alt).length > 0 ? { ...image, alt } : null
    },
    copies: () => [...copies.values()],
  }
}

/** Copies the images to `media/` beside the snapshot, replacing what was there. */
export async function writeMediaFiles(copies: MediaFileCopy[], snapshotFile: string): Promise<void> {
  const dir = besideSnapshot(snapshotFile, 'media')
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  for (const copy of copies) await copyFile(copy.source, path.join(dir, copy.file))
}
