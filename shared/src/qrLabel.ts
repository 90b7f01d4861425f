import { escapeXml, qrPathData, qrQuietZone, qrSymbol } from './qr.ts'

/**
 * One line under every printed code, in a few of the portal's most asked-for languages, each in
 * its own script. Interface text written by the developers: needs review by the city's
 * translators (see site/src/i18n/index.ts for the convention) before the first print run.
 */
export const labelCaption: readonly { lang: string; dir: 'ltr' | 'rtl'; text: string }[] = [
  { lang: 'de', dir: 'ltr', text: 'Ausfüllhilfe in Ihrer Sprache' },
  { lang: 'en', dir: 'ltr', text: 'Help in your language' },
  { lang: 'tr', dir: 'ltr', text: 'Kendi dilinizde yardım' },
  { lang: 'ar', dir: 'rtl', text: 'مساعدة بلغتك' },
  { lang: 'uk', dir: 'ltr', text: 'Допомога вашою мовою' },
]

export type LabelOptions = {
  /** Edge of the symbol including its quiet zone, in millimetres. */
  qrSizeMm?: number
  /** Width of the whole label in millimetres. */
  widthMm?: number
}

/**
 * A print-ready label: the symbol, the address in text beneath it (for people who cannot scan)
 * and the one-line multilingual caption. Millimetre user units, so the print shop places it at
 * 100 % and gets exactly the measured sizes; text stays text (sharp at any resolution).
 */
export function qrLabelSvg(scanUrl: string, displayUrl: string, options: LabelOptions = {}): string {
  const qrSize = options.qrSizeMm ?? 20
  const width = options.widthMm ?? 64
  const symbol = qrSymbol(scanUrl)
  const modules = symbol.size + 2 * qrQuietZone
  const scale = qrSize / modules
  const x = (width - qrSize) / 2
  const urlY = qrSize + 3.2
  const captionY = urlY + 4
  const height = captionY + 2.5
  const caption = labelCaption
    .map(
      (part) =>
        `<tspan lang="${part.lang}" direction="${part.dir}" unicode-bidi="isolate">${escapeXml(part.text)}</tspan>`,
    )
    .join('<tspan> · </tspan>')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${round(height)}mm" viewBox="0 0 ${width} ${round(height)}">` +
    `<rect width="${width}" height="${round(height)}" fill="#fff"/>` +
    `<g transform="translate(${round(x)} 0) scale(${round(scale, 6)})" shape-rendering="crispEdges"><rect width="${modules}" height="${modules}" fill="#fff"/><path fill="#000" d="${qrPathData(symbol)}"/></g>` +
    `<text x="${width / 2}" y="${round(urlY)}" text-anchor="middle" font-family="DejaVu Sans Mono, Liberation Mono, monospace" font-size="2.6" fill="#000">${escapeXml(displayUrl)}</text>` +
    `<text x="${width / 2}" y="${round(captionY)}" text-anchor="middle" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif" font-size="2" fill="#000" textLength="${width - 4}" lengthAdjust="spacingAndGlyphs">${caption}</text>` +
    `</svg>\n`
  )
}

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits))
}
