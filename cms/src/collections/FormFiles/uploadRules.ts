import type { CollectionBeforeOperationHook } from 'payload'

import { refuseUpload } from '../refuseUpload'

type Rule = {
  /** What the file must be, in German, after "kein gültiges …" ("PDF", "Bild (PNG, JPEG oder WebP)"). */
  kind: string
  mimeTypes: readonly string[]
  /** Checks the bytes: a renamed .docx is no PDF, whatever its name or declared type says. */
  looksRight: (data: Buffer) => boolean
  maxBytes: number
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`

/**
 * Rejects a wrong or oversized upload before Payload stores anything, with a message in German
 * that says what was wrong and what to do; nothing already saved is touched.
 */
export function checkUpload(rule: Rule): CollectionBeforeOperationHook {
  return ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const fail = (message: string) => refuseUpload(args.collection?.config?.slug, message)
    if (!rule.mimeTypes.includes(file.mimetype) || !rule.looksRight(Buffer.from(file.data))) {
      fail(
        `Die Datei „${file.name}“ ist kein gültiges ${rule.kind}. Bitte wählen Sie eine andere Datei; gespeichert wurde nichts.`,
      )
    }
    const size = file.size ?? file.data.length
    if (size > rule.maxBytes) {
      fail(`Die Datei „${file.name}“ ist ${megabytes(size)} groß. Erlaubt sind höchstens ${megabytes(rule.maxBytes)}.`)
    }
    return args
  }
}

export const pdfRule: Rule = {
  kind: 'PDF',
  mimeTypes: ['application/pdf'],
  // Header, and an end with %%EOF and a cross-reference table: Payload's own check, but in German.
  looksRight: (data) => {
    const end = data.subarray(Math.max(0, data.length - 1024)).toString('latin1')
    return data.subarray(0, 5).toString('latin1') === '%PDF-' && end.includes('%%EOF') && end.includes('xref')
  },
  maxBytes: 10 * 1024 * 1024,
}

export const pageImageRule: Rule = {
  kind: 'Bild (PNG, JPEG oder WebP)',
  mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
  looksRight: (head) =>
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    (head[0] === 0xff && head[1] === 0xd8) ||
    (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP'),
  maxBytes: 5 * 1024 * 1024,
}
