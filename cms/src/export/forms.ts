import { copyFile, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { besideSnapshot } from '@wir/shared/exportLayout'
import type { Form } from '@wir/shared/snapshot'

import { localizedText, type AllLocales } from './localizedValues'
import { readPublished } from './readPublished'

type Id = number | string
type Upload = {
  id: Id
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
}
type Marker = {
  page?: number | null
  x?: number | null
  y?: number | null
  width?: number | null
  height?: number | null
} | null
type FieldRow = {
  id: string
  number: string
  germanLabel: string
  required?: boolean | null
  explanation?: AllLocales<string>
  example?: AllLocales<string>
  format?: AllLocales<string>
  marker?: Marker
}
type FormDoc = {
  id: Id
  code: string
  updatedAt: string
  isExample?: boolean | null
  lifecycle: Form['status']
  successor?: unknown
  germanTitle: string
  formNumber?: string | null
  edition?: string | null
  title?: AllLocales<string>
  description?: AllLocales<string>
  office?: unknown
  contact?: string | null
  pdf?: unknown
  pages?: { image?: unknown }[] | null
  sections?:
    | {
        id: string
        number?: string | null
        germanHeading?: string | null
        heading?: AllLocales<string>
        fields?: FieldRow[] | null
      }[]
    | null
  bring?: { item?: AllLocales<string> }[] | null
}

/** A file to copy beside the snapshot: `form-files/{code}/{file}`. */
export type FormFileCopy = { code: string; file: string; source: string }

const ref = (value: unknown): string | null =>
  value === null || value === undefined || value === ''
    ? null
    : String(typeof value === 'object' ? (value as { id: Id }).id : value)

function marker(value: Marker): Form['sections'][number]['fields'][number]['marker'] {
  if (!value?.page || [value.x, value.y, value.width, value.height].some((n) => typeof n !== 'number')) return null
  return { page: value.page, x: value.x!, y: value.y!, width: value.width!, height: value.height! }
}

async function readUpload(payload: Payload, collection: CollectionSlug, id: string | null): Promise<Upload | null> {
  if (!id) return null
  // Upload collections are staff-only; a published form's own files are public through it.
  return (await payload.findByID({ collection, id, depth: 0, disableErrors: true })) as Upload | null
}

function exported(
  upload: Upload | null,
  name: string,
  staticDir: string | undefined,
  code: string,
  copies: FormFileCopy[],
) {
  if (!upload?.filename || !staticDir) return null
  const extension = path.extname(upload.filename).toLowerCase() || '.bin'
  const file = `${name}${extension}`
  copies.push({ code, file, source: path.join(staticDir, upload.filename) })
  return {
    file,
    mimeType: upload.mimeType ?? 'application/octet-stream',
    bytes: upload.filesize ?? 0,
    ...(upload.width ? { width: upload.width } : {}),
    ...(upload.height ? { height: upload.height } : {}),
  }
}

/**
 * Published forms for the snapshot (read as an anonymous visitor, so drafts never leak), with
 * the files (original PDF, page images) that go beside it. Superseded and retired forms stay in:
 * their printed codes must keep answering.
 */
export async function exportForms(
  payload: Payload,
): Promise<{ forms: Form[]; copies: FormFileCopy[]; unavailableCodes: string[] }> {
  const docs = await readPublished<FormDoc>(payload, 'forms')
  const published = new Set(docs.map((doc) => String(doc.id)))
  const pdfDir = payload.collections['form-pdfs']?.config.upload?.staticDir
  const imageDir = payload.collections['form-page-images']?.config.upload?.staticDir
  const copies: FormFileCopy[] = []
  const forms: Form[] = []
  for (const doc of docs) {
    const pdf = exported(await readUpload(payload, 'form-pdfs', ref(doc.pdf)), 'formular', pdfDir, doc.code, copies)
    const pages = []
    for (const [index, page] of (doc.pages ?? []).entries()) {
      const image = exported(
        await readUpload(payload, 'form-page-images', ref(page.image)),
        `seite-${index + 1}`,
        imageDir,
        doc.code,
        copies,
      )
      if (image) pages.push(image)
    }
    const successor = ref(doc.successor)
    forms.push({
      id: String(doc.id),
      code: doc.code,
      updatedAt: doc.updatedAt,
      isExample: Boolean(doc.isExample),
      status: doc.lifecycle,
      successor: successor && published.has(successor) && successor !== String(doc.id) ? successor : null,
      germanTitle: doc.germanTitle,
      formNumber: doc.formNumber ?? '',
      edition: doc.edition ?? '',
      title: localizedText(doc.title),
      description: localizedText(doc.description),
      office: ref(doc.office),
      contact: doc.contact ?? '',
      pdf,
      pages,
      sections: (doc.sections ?? []).map((section) => ({
        id: section.id,
        number: section.number ?? '',
        germanHeading: section.germanHeading ?? '',
        heading: localizedText(section.heading),
        fields: (section.fields ?? []).map((field) => ({
          id: field.id,
          number: field.number,
          germanLabel: field.germanLabel,
          required: Boolean(field.required),
          explanation: localizedText(field.explanation),
          example: localizedText(field.example),
          format: localizedText(field.format),
          marker: marker(field.marker ?? null),
        })),
      })),
      bring: (doc.bring ?? []).map((row) => localizedText(row.item)).filter((item) => Object.keys(item).length > 0),
    })
  }
  return { forms, copies, unavailableCodes: await unavailableCodes(payload, forms) }
}

/**
 * Codes in the registry without a published form. Only the bare code leaves the CMS (it is
 * printed on paper anyway); titles of drafts and deleted forms stay inside.
 */
async function unavailableCodes(payload: Payload, forms: Form[]): Promise<string[]> {
  const published = new Set(forms.map((form) => form.code))
  const registry = await payload.find({
    collection: 'form-codes',
    pagination: false,
    depth: 0,
    select: { code: true },
    overrideAccess: true,
  })
  return (registry.docs as { code: string }[])
    .map((entry) => entry.code)
    .filter((code) => !published.has(code))
    .sort()
}

/** Copies the forms' files to `form-files/{code}/` beside the snapshot, replacing what was there. */
export async function writeFormFiles(copies: FormFileCopy[], snapshotFile: string): Promise<void> {
  const dir = besideSnapshot(snapshotFile, 'formFiles')
  await rm(dir, { recursive: true, force: true })
  for (const copy of copies) {
    await mkdir(path.join(dir, copy.code), { recursive: true })
    await copyFile(copy.source, path.join(dir, copy.code, copy.file))
  }
}
