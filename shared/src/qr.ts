import QRCode from 'qrcode'

/**
 * The QR symbols of printed forms, the same bytes in the admin's downloads and on the public
 * site. Error correction M (15 % of the symbol may be lost: creases, stamps, toner), quiet zone
 * of 4 modules as the standard asks. A URL made only of QR's alphanumeric characters
 * (0-9 A-Z space $%*+-./:) is encoded in alphanumeric mode, which needs ~5.5 bits per character
 * instead of 8 and so often a smaller version.
 */
export const qrErrorCorrection = 'M' as const
export const qrQuietZone = 4

const alphanumeric = /^[0-9A-Z $%*+\-./:]*$/

export type QrSymbol = {
  version: number
  /** Modules per side without the quiet zone. */
  size: number
  mode: 'alphanumeric' | 'byte'
  isDark: (row: number, column: number) => boolean
}

export function qrSymbol(text: string): QrSymbol {
  const mode = alphanumeric.test(text) ? 'alphanumeric' : 'byte'
  const segment =
    mode === 'alphanumeric'
      ? { data: text, mode: 'alphanumeric' as const }
      : { data: new TextEncoder().encode(text), mode: 'byte' as const }
  const qr = QRCode.create([segment], { errorCorrectionLevel: qrErrorCorrection })
  const size = qr.modules.size
  return { version: qr.version, size, mode, isDark: (row, column) => Boolean(qr.modules.get(row, column)) }
}

/** One path of unit squares, merged per row run: small, deterministic, crisp at any scale. */
export function qrPathData(symbol: QrSymbol, offset = qrQuietZone): string {
  const parts: string[] = []
  for (let row = 0; row < symbol.size; row++) {
    let column = 0
    while (column < symbol.size) {
      if (!symbol.isDark(row, column)) {
        column++
        continue
      }
      const start = column
      while (column < symbol.size && symbol.isDark(row, column)) column++
      parts.push(`M${start + offset} ${row + offset}h${column - start}v1h${start - column}z`)
    }
  }
  return parts.join('')
}

/**
 * The symbol as a standalone SVG, one user unit per module including the quiet zone. The size
 * is given in millimetres when asked (print), otherwise left to the embedding page.
 */
export function qrSvg(text: string, options: { sizeMm?: number; title?: string } = {}): string {
  const symbol = qrSymbol(text)
  const total = symbol.size + 2 * qrQuietZone
  const size = options.sizeMm ? ` width="${options.sizeMm}mm" height="${options.sizeMm}mm"` : ''
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : ''
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}"${size} shape-rendering="crispEdges" role="img">` +
    `${title}<rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${qrPathData(symbol)}"/></svg>\n`
  )
}

export function escapeXml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!,
  )
}
