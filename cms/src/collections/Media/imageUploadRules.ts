import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { isTranslatorOnly } from '../../access/roles'

/** What sharp reports for each format residents' browsers can show. SVG is refused: it can carry script. */
const accepted: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heif: 'image/avif',
}
export const imageMimeTypes = Object.values(accepted)
export const maxImageBytes = 10 * 1024 * 1024
/** Larger originals are scaled down on upload (see resizeOptions); this only guards against decompression bombs. */
const maxPixels = 100_000_000

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
  const fail = (message: string): never => {
    throw new ValidationError({ collection: args.collection?.config?.slug, errors: [{ path: 'file', message }] })
  }
  // Translators add alt text in their languages; replacing the picture is the editors' call.
  if (isTranslatorOnly(req.user))
    fail(
      'Das Bild selbst kann nur die Redaktion austauschen. Sie können den Alternativtext in Ihren Sprachen bearbeiten.',
    )
  const size = file.size ?? file.data.length
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
  let format: string | undefined
  let hasAlpha = false
  try {
    // Decoding every pixel (not only the header) is what finds a truncated or damaged file.
    const image = sharp(data, { failOn: 'error', limitInputPixels: maxPixels })
    const metadata = await image.metadata()
    format = metadata.format
    hasAlpha = Boolean(metadata.hasAlpha)
    await image.raw().toBuffer()
  } catch {
    fail(
      `Die Datei „${file.name}“ ist beschädigt oder kein lesbares Bild. Bitte öffnen Sie sie auf Ihrem Rechner, speichern Sie sie erneut als JPEG oder PNG und laden Sie sie dann noch einmal hoch.`,
    )
  }
  const mimeType = format ? accepted[format] : undefined
  if (!mimeType) {
    fail(
      `Die Datei „${file.name}“ ist kein erlaubtes Bildformat${format ? ` (${format.toUpperCase()})` : ''}. Erlaubt sind JPEG, PNG, WebP und AVIF.`,
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
