import sharp from 'sharp'

import { qrQuietZone, qrSvg, qrSymbol } from '@wir/shared/qr'
import { qrLabelSvg } from '@wir/shared/qrLabel'
import { formDisplayUrl, formScanUrl } from '@wir/shared/urls'

import { siteUrl } from '../../env/siteUrl'

/** Printed edge of the symbol with its quiet zone: 2 cm scans reliably from 10–25 cm away. */
export const printSizeMm = 20

export function formQrText(code: string): string {
  return formScanUrl(siteUrl(), code)
}

/**
 * A raster of the symbol for print at `dpi`: a whole number of pixels per module (no blurred
 * module edges), as close to `sizeMm` as that allows, with the resolution stored in the PNG.
 */
export async function qrPng(code: string, dpi: number, sizeMm = printSizeMm): Promise<Buffer> {
  const text = formQrText(code)
  const modules = qrSymbol(text).size + 2 * qrQuietZone
  const pixelsPerModule = Math.max(1, Math.round(((sizeMm / 25.4) * dpi) / modules))
  const svg = qrSvg(text).replace(
    '<svg ',
    `<svg width="${modules * pixelsPerModule}" height="${modules * pixelsPerModule}" `,
  )
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 2 }).withMetadata({ density: dpi }).toBuffer()
}

export type FormFile = { name: string; type: string; body: () => Promise<Buffer> | Buffer }

export const formQrFileNames = ['qr.svg', 'qr-300dpi.png', 'qr-600dpi.png', 'label.svg'] as const
export type FormQrFileName = (typeof formQrFileNames)[number]

/** Every download of one form, by file name. */
export function formQrFiles(code: string): Record<FormQrFileName, FormFile> {
  const text = formQrText(code)
  return {
    'qr.svg': {
      name: `QR-${code}.svg`,
      type: 'image/svg+xml',
      body: () => Buffer.from(qrSvg(text, { sizeMm: printSizeMm, title: formDisplayUrl(siteUrl(), code) })),
    },
    'qr-300dpi.png': { name: `QR-${code}-300dpi.png`, type: 'image/png', body: () => qrPng(code, 300) },
    'qr-600dpi.png': { name: `QR-${code}-600dpi.png`, type: 'image/png', body: () => qrPng(code, 600) },
    'label.svg': {
      name: `Etikett-${code}.svg`,
      type: 'image/svg+xml',
      body: () => Buffer.from(qrLabelSvg(text, formDisplayUrl(siteUrl(), code), { qrSizeMm: printSizeMm })),
    },
  }
}
