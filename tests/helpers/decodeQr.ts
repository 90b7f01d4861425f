import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

/**
 * Prints an SVG (a QR symbol or a label) as a 300 dpi raster at the given physical width of the
 * symbol and decodes it with a real decoder (zbarimg from Debian's zbar-tools). Returns what
 * zbarimg read, e.g. ["HTTP://127.0.0.1:4399/F/K7M3X/"].
 */
export async function printAndDecode(
  svg: string | Buffer,
  options: { widthMm: number; dpi?: number; svgWidthMm?: number },
): Promise<{ texts: string[]; pixels: number }> {
  const dpi = options.dpi ?? 300
  const pixels = Math.round((options.widthMm / 25.4) * dpi)
  const source = Buffer.isBuffer(svg) ? svg : Buffer.from(svg)
  // Render at the density that makes the whole SVG as wide as asked for (a label is wider than its symbol).
  const svgWidthMm = options.svgWidthMm ?? options.widthMm
  const totalPixels = Math.round((svgWidthMm / 25.4) * dpi)
  const png = await sharp(source, { density: 300 })
    .resize({ width: totalPixels, kernel: 'lanczos3' })
    .flatten({ background: '#fff' })
    .png()
    .toBuffer()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wir-qr-'))
  try {
    const file = path.join(dir, 'print.png')
    writeFileSync(file, png)
    const output = execFileSync('/usr/bin/zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString()
    return { texts: output.split('\n').filter(Boolean), pixels }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
