import type { CollectionSlug, Field, Payload, SanitizedCollectionConfig } from 'payload'
import sharp from 'sharp'

import { lexicalParagraph, lexicalText as textNode } from '../../helpers/lexical'
import { makeVideo } from '../../helpers/makeVideo'

/** The smallest file Payload and the form-PDF rules accept as a PDF. */
const minimalPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /Size 1 >>\nstartxref\n9\n%%EOF\n',
)

let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

/** A rich-text value of one paragraph with this text. */
export const lexicalText = (text: string) => lexicalParagraph([textNode(text)])

/**
 * Minimal valid data for any collection, read from its field config: every required field (and
 * every array with a minimum of rows) gets a value of its type; relations get a document of the
 * related collection, made the same way. So a new collection gets sample documents without a
 * fixture written for it.
 */
export function sampleDocuments(payload: Payload) {
  const relatedIds = new Map<string, number | string>()

  async function valueFor(field: Field, label: string): Promise<unknown> {
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'code':
        return field.name === 'slug' ? unique('beispiel') : unique(label)
      case 'email':
        return `${unique('person')}@example.org`
      case 'number':
        return Math.max(1, field.min ?? 1)
      case 'checkbox':
        return false
      case 'date':
        return new Date().toISOString()
      case 'select':
      case 'radio': {
        const first = field.options[0]!
        const value = typeof first === 'string' ? first : first.value
        return 'hasMany' in field && field.hasMany ? [value] : value
      }
      case 'richText':
        return lexicalText(label)
      case 'json':
        return {}
      case 'point':
        return [9.73, 52.37]
      case 'relationship':
      case 'upload': {
        const relationTo = Array.isArray(field.relationTo) ? field.relationTo[0] : field.relationTo
        const id = await relatedId(relationTo as CollectionSlug)
        const value = Array.isArray(field.relationTo) ? { relationTo, value: id } : id
        return 'hasMany' in field && field.hasMany ? [value] : value
      }
      case 'group':
        return dataFor(field.fields, label)
      case 'array': {
        const rows = Math.max(field.minRows ?? 0, field.required ? 1 : 0)
        return Promise.all(Array.from({ length: rows }, () => dataFor(field.fields, label)))
      }
      default:
        return undefined
    }
  }

  async function dataFor(fields: Field[], label: string): Promise<Record<string, unknown>> {
    const data: Record<string, unknown> = {}
    for (const field of fields) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          const tabData = await dataFor(tab.fields, label)
          if ('name' in tab && tab.name) data[tab.name] = tabData
          else Object.assign(data, tabData)
        }
      } else if (!('name' in field) && 'fields' in field) {
        Object.assign(data, await dataFor(field.fields, label))
      } else if ('name' in field && !field.name.startsWith('_')) {
        const needed =
          ('required' in field && field.required) ||
          (field.type === 'array' && (field.minRows ?? 0) > 0) ||
          field.type === 'group' ||
          // a text the collection checks itself (e.g. required in German only)
          ((field.type === 'text' || field.type === 'textarea') && typeof field.validate === 'function')
        if (needed) data[field.name] = await valueFor(field, label)
      }
    }
    return data
  }

  let video: Buffer | undefined
  async function fileFor(collection: SanitizedCollectionConfig) {
    const mimeTypes = (collection.upload && collection.upload.mimeTypes) || ['image/png']
    if (mimeTypes.includes('video/mp4')) {
      video ??= makeVideo('mp4', 1)
      return { data: video, mimetype: 'video/mp4', name: `${unique('video')}.mp4`, size: video.length }
    }
    if (mimeTypes.includes('text/vtt')) {
      const captions = Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nUntertitel\n')
      return { data: captions, mimetype: 'text/vtt', name: `${unique('untertitel')}.vtt`, size: captions.length }
    }
    if (mimeTypes.includes('application/pdf'))
      return {
        data: minimalPdf,
        mimetype: 'application/pdf',
        name: `${unique('formular')}.pdf`,
        size: minimalPdf.length,
      }
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#0a5' } })
      .png()
      .toBuffer()
    return { data: png, mimetype: 'image/png', name: `${unique('bild')}.png`, size: png.length }
  }

  /** Valid data and, for upload collections, a valid file. */
  async function sample(slug: CollectionSlug, label = slug) {
    const collection = payload.collections[slug]!.config
    const data = await dataFor(collection.fields, label)
    if (collection.auth) Object.assign(data, { password: 'Ein-sicheres-Passwort-1', roles: ['editor'] })
    return { data, file: collection.upload ? await fileFor(collection) : undefined }
  }

  /** A new document, created with every right (as the server's own hooks would). */
  async function create(
    slug: CollectionSlug,
    {
      label,
      status = 'published',
      locale = 'de',
    }: { label?: string; status?: 'draft' | 'published'; locale?: string } = {},
  ) {
    const { data, file } = await sample(slug, label)
    const drafts = Boolean(payload.collections[slug]!.config.versions?.drafts)
    return payload.create({
      collection: slug,
      locale: locale as never,
      data: (drafts ? { ...data, _status: status } : data) as never,
      draft: drafts && status === 'draft',
      file,
      depth: 0,
    })
  }

  async function relatedId(slug: CollectionSlug) {
    if (!relatedIds.has(slug)) relatedIds.set(slug, (await create(slug)).id)
    return relatedIds.get(slug)!
  }

  return { sample, create, dataFor }
}

/** The localized texts at the top level (or in a row/tab), plain text first: what a translator writes. */
export function localizedTextFields(collection: SanitizedCollectionConfig): (Field & { name: string })[] {
  const localized = topLevelFields(collection.fields).filter((field) => 'localized' in field && field.localized)
  return [
    ...localized.filter((field) => ['text', 'textarea'].includes(field.type)),
    ...localized.filter((field) => field.type === 'richText'),
  ]
}

export const localizedTextField = (collection: SanitizedCollectionConfig) => localizedTextFields(collection)[0]?.name

/** The first non-localized number or text at the top level that users write: structure, not language. */
export function unlocalizedField(collection: SanitizedCollectionConfig): (Field & { name: string }) | undefined {
  return topLevelFields(collection.fields).find(
    (field) =>
      !('localized' in field && field.localized) &&
      ['text', 'number', 'textarea'].includes(field.type) &&
      !field.name.startsWith('_') &&
      !['slug', 'key', 'code', 'adminTitle', 'filename', 'mimeType', 'url', 'thumbnailURL'].includes(field.name) &&
      !(field.admin && 'readOnly' in field.admin && field.admin.readOnly) &&
      !(field.admin && 'hidden' in field.admin && field.admin.hidden),
  )
}

export function hasLocalizedField(fields: Field[]): boolean {
  return fields.some(
    (field) =>
      ('localized' in field && field.localized) ||
      ('fields' in field && Array.isArray(field.fields) && hasLocalizedField(field.fields)) ||
      (field.type === 'tabs' && field.tabs.some((tab) => hasLocalizedField(tab.fields))),
  )
}

function topLevelFields(fields: Field[]): (Field & { name: string })[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : topLevelFields(tab.fields)))
    if (!('name' in field) && 'fields' in field) return topLevelFields(field.fields)
    return 'name' in field ? [field as Field & { name: string }] : []
  })
}
