import { copyFile, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { besideSnapshot } from '@wir/shared/exportLayout'

import type { Video } from '@wir/shared/snapshot'

import { localizedText, type AllLocales } from './localizedValues'

type Id = number | string
type UploadDoc = {
  id: Id
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
}
type VideoDoc = UploadDoc & {
  title?: AllLocales<string>
  transcript?: AllLocales<string>
  durationSeconds?: number | null
  poster?: unknown
  captions?: AllLocales<unknown>
}

/** A file to copy beside the snapshot: `videos/{file}`. */
export type VideoFileCopy = { file: string; source: string }

const idOf = (value: unknown): string | undefined =>
  value === null || value === undefined || value === ''
    ? undefined
    : String(typeof value === 'object' ? (value as { id: Id }).id : value)

/**
 * Reads the videos the published explanations use, with poster and the caption file of each
 * locale, and says which files to copy. Exported names are made from ids and locale codes
 * (`video-3.mp4`, `poster-3.jpg`, `captions-3-ar.vtt`), never from an editor's file name.
 */
export function videoExporter(payload: Payload) {
  const copies = new Map<string, VideoFileCopy>()
  const dirOf = (collection: 'videos' | 'video-captions' | 'media') =>
    payload.collections[collection]?.config.upload?.staticDir
  // Videos, posters and captions are staff-only; one used by published content is public through it.
  const find = (collection: 'videos' | 'video-captions' | 'media', id: string) =>
    payload.findByID({ collection, id, locale: 'all', depth: 0, disableErrors: true }) as Promise<
      (UploadDoc & Record<string, unknown>) | null
    >
  const copy = (collection: 'videos' | 'video-captions' | 'media', doc: UploadDoc, file: string) => {
    const dir = dirOf(collection)
    if (!dir || !doc.filename) return false
    copies.set(file, { file, source: path.join(dir, doc.filename) })
    return true
  }

  async function video(value: unknown): Promise<Video | null> {
    const id = idOf(value)
    if (!id) return null
    const doc = (await find('videos', id)) as VideoDoc | null
    const mimeType = doc?.mimeType
    if (!doc?.filename || !doc.filesize || (mimeType !== 'video/mp4' && mimeType !== 'video/webm')) return null
    const file = `video-${doc.id}.${mimeType === 'video/webm' ? 'webm' : 'mp4'}`
    copy('videos', doc, file)

    let poster: Video['poster'] = null
    const posterId = idOf(doc.poster)
    const posterDoc = posterId ? await find('media', posterId) : null
    if (posterDoc?.width && posterDoc.height && /^image\/(jpeg|png)$/.test(posterDoc.mimeType ?? '')) {
      const name = `poster-${doc.id}.${posterDoc.mimeType === 'image/png' ? 'png' : 'jpg'}`
      if (copy('media', posterDoc, name)) poster = { file: name, width: posterDoc.width, height: posterDoc.height }
    }

    const captions: Video['captions'] = []
    for (const [locale, captionValue] of Object.entries(doc.captions ?? {})) {
      const captionId = idOf(captionValue)
      const captionDoc = captionId ? await find('video-captions', captionId) : null
      const name = `captions-${doc.id}-${locale}.vtt`
      if (captionDoc && copy('video-captions', captionDoc, name)) captions.push({ locale, file: name })
    }
    return {
      id: String(doc.id),
      file,
      mimeType,
      bytes: doc.filesize,
      durationSeconds: doc.durationSeconds ?? 0,
      ...(doc.width && doc.height ? { width: doc.width, height: doc.height } : {}),
      poster,
      captions,
      title: localizedText(doc.title),
      transcript: localizedText(doc.transcript),
    }
  }

  return { video, copies: () => [...copies.values()] }
}

/** Copies the videos, posters and captions to `videos/` beside the snapshot, replacing what was there. */
export async function writeVideoFiles(copies: VideoFileCopy[], snapshotFile: string): Promise<void> {
  const dir = besideSnapshot(snapshotFile, 'videos')
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  for (const copy of copies) await copyFile(copy.source, path.join(dir, copy.file))
}
