import type { ImageSize } from 'payload'

/**
 * Widths the site offers in `srcset`: a phone (400), a phone at 2x or a tablet (800), the
 * content column at 2x (1200). Every width in AVIF and WebP, plus the upload's own format
 * (always JPEG or PNG, see checkImageUpload) as the fallback for browsers without either.
 * Width only: the image keeps its proportions, so nothing is cut off.
 */
export const imageWidths = [400, 800, 1200] as const

const resize = { withoutEnlargement: true, fit: 'inside' } as const

export const imageSizes: ImageSize[] = imageWidths.flatMap((width): ImageSize[] => [
  { name: `w${width}avif`, width, ...resize, formatOptions: { format: 'avif', options: { quality: 55, effort: 4 } } },
  { name: `w${width}webp`, width, ...resize, formatOptions: { format: 'webp', options: { quality: 75 } } },
  { name: `w${width}`, width, ...resize },
])
