import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { isTranslatorOnly } from '../../access/roles'
import { refuseUpload } from '../refuseUpload'

/** What sharp reports for each format residents' browsers can show. SVG is refused: it can carry script. */
const accepted: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heif: 'image/avif',
}
export const imageMimeTypes = Object.values(accepted)
export const maxImageBytes = 10 * 1024 * 1024
/**
 * The largest image accepted, read from the file's header before anything is decoded. The site
 * never shows more than 2400 px (resizeOptions), i.e. at most 5.8 MP, and a 50 MP original
 * (8660 × 5770, more than any phone or common camera delivers by default) already takes about
 * 200 MB of memory and seconds of CPU to decode on upload; sharp's own default (268 MP) would
 * let a small PNG "bomb" of 10,000 × 10,000 solid pixels tie up the server.
 */
export const maxImageMegapixels = 50
const maxPixels = maxImageMegapixels * 1_000_000

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`

/**
 * Checks an uploaded image before Payload stores anything: size, type by its bytes (not its
 * name) and that it really decodes. WebP and AVIF originals become PNG (with transparency) or
 * JPEG, so the fallback sizes are in a format every browser shows. Each refusal says in German
 * what was wrong and what to do; nothing is saved.
 */
export const checkImageUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const fail = (message: string): never => refuseUpload(args.collection?.config?.slug, message)
  // Translators add alt text in their languages; replacing the picture is the editors' call.
  if (isTranslatorOnly(req.user))
    fail(
      'Das Bild selbst kann nur die Redaktion austauschen. Sie können den Alternativtext in Ihren Sprachen bearbeiten.',
    )
  const size = file.size ?? file.data.length
  if (size === 0 || file.data.length === 0) {
    fail(`Die Datei „${file.name}“ ist leer. Bitte wählen Sie die Bilddatei erneut aus und laden Sie sie hoch.`)
  }
  if (size > maxImageBytes) {
    fail(
      `Die Datei „${file.name}“ ist ${megabytes(size)} groß. Erlaubt sind höchstens ${megabytes(maxImageBytes)}. Bitte verkleinern Sie das Bild und laden Sie es erneut hoch.`,
    )
  }
  const data = Buffer.from(file.data)
  const head = data.subarray(0, 512).toString('latin1').trimStart().toLowerCase()
  if (
    file.mimetype === 'image/svg+xml' ||
    head.startsWith('<svg') ||
    (head.startsWith('<?xml') && head.includes('<svg'))
  ) {
    fail(
      `Die Datei „${file.name}“ ist eine SVG-Grafik. SVG-Dateien sind nicht erlaubt, weil sie Programmcode enthalten können. Bitte laden Sie das Bild als JPEG, PNG, WebP oder AVIF hoch.`,
    )
  }
  // The header alone, no pixel decoded (so sharp's own pixel limit is off here): what the file is
  // and how large it would be in memory.
  const metadata = await sharp(data, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined)
  if (!metadata?.format || !metadata.width || !metadata.height) {
    fail(
      `Die Datei „${file.name}“ ist keine Bilddatei (auch wenn ihr Name das sagt). Erlaubt sind JPEG, PNG, WebP und AVIF. Gespeichert wurde nichts.`,
    )
  }
  const { format, width, height } = metadata!
  const hasAlpha = Boolean(metadata!.hasAlpha)
  if (width! * height! * (metadata!.pages ?? 1) > maxPixels) {
    const megapixels = ((width! * height!) / 1_000_000).toLocaleString('de-DE', { maximumFractionDigits: 1 })
    fail(
      `Das Bild „${file.name}“ ist zu groß: ${width} × ${height} Pixel (${megapixels} Megapixel). Erlaubt sind höchstens ${maxImageMegapixels} Megapixel; die Website zeigt Bilder mit höchstens 2400 Pixeln Breite. Bitte verkleinern Sie das Bild und laden Sie es erneut hoch.`,
    )
  }
  const mimeType = format ? accepted[format] : undefined
  if (!mimeType) {
    fail(
      `Die Datei „${file.name}“ ist kein erlaubtes Bildformat${format ? ` (${format.toUpperCase()})` : ''}. Erlaubt sind JPEG, PNG, WebP und AVIF.`,
    )
  }
  try {
    // Decoding every pixel (not only the header) is what finds a truncated or damaged file.
    await sharp(data, { failOn: 'error', limitInputPixels: maxPixels }).raw().toBuffer()
  } catch {
    fail(
      `Die Datei „${file.name}“ ist beschädigt oder unvollständig. Bitte öffnen Sie sie auf Ihrem Rechner, speichern Sie sie erneut als JPEG oder PNG und laden Sie sie dann noch einmal hoch.`,
    )
  }
  if (mimeType === 'image/webp' || mimeType === 'image/avif') {
    const target = hasAlpha ? 'png' : 'jpeg'
    const converted = await sharp(data)
      [target](target === 'jpeg' ? { quality: 90, mozjpeg: true } : {})
      .toBuffer()
    req.file = {
      ...file,
      data: converted,
      size: converted.length,
      mimetype: `image/${target}`,
      name: `${file.name.replace(/\.[^.]+$/, '')}.${target === 'jpeg' ? 'jpg' : 'png'}`,
    }
  } else if (file.mimetype !== mimeType) {
    req.file = { ...file, mimetype: mimeType! }
  }
  return args
}
