import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { isTranslatorOnly } from '../../access/roles'

/**
 * Sign-language explanations are short (1–3 minutes); 45 MB holds 3 minutes at 2 Mbit/s and
 * stays under the configuration's hard ceiling for any upload (50 MB), so the German message
 * here is what an editor sees.
 */
export const maxVideoBytes = 45 * 1024 * 1024
export const maxCaptionBytes = 1024 * 1024
export const videoMimeTypes = ['video/mp4', 'video/webm']

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`

/**
 * The container by its bytes, never by name or declared type: MP4 has an `ftyp` box first
 * (QuickTime's `qt  ` brand is refused: most browsers cannot play .mov), WebM an EBML header
 * whose DocType is "webm" (other Matroska files are refused for the same reason).
 */
export function videoTypeOf(data: Uint8Array): 'video/mp4' | 'video/webm' | undefined {
  const bytes = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 4096))
  if (bytes.subarray(4, 8).toString('latin1') === 'ftyp' && bytes.subarray(8, 12).toString('latin1') !== 'qt  ')
    return 'video/mp4'
  const ebml = bytes.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))
  // DocType element (0x4282) followed by its size byte and "webm".
  const docType = bytes.indexOf(Buffer.from([0x42, 0x82]))
  if (ebml && docType > 0 && bytes.subarray(docType + 3, docType + 7).toString('latin1') === 'webm') return 'video/webm'
  return undefined
}

/** Playing time in seconds from the container's own header (music-metadata parses MP4 and WebM). */
export async function videoDurationOf(data: Uint8Array, mimeType: string): Promise<number | undefined> {
  const { parseBuffer } = await import('music-metadata')
  try {
    const { format } = await parseBuffer(data, { mimeType, size: data.byteLength }, { duration: true })
    return format.duration && Number.isFinite(format.duration) ? format.duration : undefined
  } catch {
    return undefined
  }
}

/** A WebVTT file starts with "WEBVTT" (after an optional byte order mark), then a space, tab or line end. */
export function isWebVtt(data: Uint8Array): boolean {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 16))
    .toString('utf8')
    .replace(/^\uFEFF/u, '')
  return /^WEBVTT(?:[ \t\r\n]|$)/u.test(head)
}

function failer(args: { collection?: { config?: { slug?: string } } }) {
  return (message: string): never => {
    throw new ValidationError({ collection: args.collection?.config?.slug, errors: [{ path: 'file', message }] })
  }
}

function uploadedFile(req: PayloadRequest, operation: string) {
  if (operation !== 'create' && operation !== 'update') return undefined
  return req.file
}

/**
 * Checks a video before Payload stores anything: size, container by its bytes, and a readable
 * playing time, which is stored (`durationSeconds`) for the site to state beside the download.
 * Each refusal says in German what was wrong; nothing is saved.
 */
export const checkVideoUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = uploadedFile(req, operation)
  if (!file) return args
  const fail = failer(args)
  if (isTranslatorOnly(req.user))
    fail('Das Video selbst kann nur die Redaktion austauschen. Sie können Titel und Text zum Video bearbeiten.')
  const size = file.size ?? file.data.length
  if (size > maxVideoBytes) {
    fail(
      `Die Datei „${file.name}“ ist ${megabytes(size)} groß. Erlaubt sind höchstens ${megabytes(maxVideoBytes)}. Bitte verkleinern Sie das Video (z. B. 720p) und laden Sie es erneut hoch.`,
    )
  }
  const type = videoTypeOf(file.data)
  if (!type) {
    fail(
      `Die Datei „${file.name}“ ist kein MP4- oder WebM-Video. Bitte laden Sie das Video als MP4 (H.264) oder WebM hoch; gespeichert wurde nichts.`,
    )
  }
  const duration = await videoDurationOf(file.data, type!)
  if (duration === undefined) {
    fail(
      `Die Dauer des Videos „${file.name}“ lässt sich nicht lesen; die Datei ist wohl beschädigt. Bitte exportieren Sie das Video neu.`,
    )
  }
  file.mimetype = type!
  const withData = args as typeof args & { data?: Record<string, unknown> }
  withData.data = { ...(withData.data ?? {}), durationSeconds: Math.round(duration! * 10) / 10 }
  return args
}

/** Captions must be WebVTT by their content (the only format `<track>` plays), at most 1 MB. */
export const checkCaptionUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const file = uploadedFile(req, operation)
  if (!file) return args
  const fail = failer(args)
  const size = file.size ?? file.data.length
  if (size > maxCaptionBytes) {
    fail(`Die Datei „${file.name}“ ist ${megabytes(size)} groß. Erlaubt ist höchstens 1 MB für Untertitel.`)
  }
  if (!isWebVtt(file.data)) {
    fail(
      `Die Datei „${file.name}“ ist keine WebVTT-Untertiteldatei (sie muss mit „WEBVTT“ beginnen). Bitte speichern Sie die Untertitel als .vtt und laden Sie sie erneut hoch.`,
    )
  }
  // Browsers and operating systems name .vtt files differently; the content decides.
  file.mimetype = 'text/vtt'
  return args
}
