import { z } from 'zod'

import { redirectTargetKeys } from '../contentTypes.ts'
import { explanationTopicKeys } from '../explanations.ts'

/**
 * The contract between CMS and site: what the export writes and the site reads. Validated on
 * both sides, so a broken export fails the export and never reaches a build.
 *
 * Localized values are maps from locale code to the stored text of that locale only; no
 * fallback is applied here. The site decides about fallbacks (see localized.ts).
 */
const localizedText = z.record(z.string(), z.string())

/**
 * Internal links in exported HTML point at `wir:/section/slug/` (a route without locale): the
 * site replaces the scheme with the reader's locale path, so a link always leads to the same
 * document in the language the reader is in.
 */
export const internalLinkScheme = 'wir:'
const id = z.string().min(1)
const slug = z
  .string()
  .min(1)
  .regex(/^[^/\s]+$/, 'slug must be one URL segment')

/** Per published translation: who made it, when, and whether a person checked it. */
export const translationInfoSchema = z.object({
  provenance: z.enum(['person', 'agency', 'machine', 'edition']),
  translatedAt: z.string(),
  checked: z.boolean(),
})

/**
 * Search-engine title and description per locale, as editors set them (@payloadcms/plugin-seo).
 * Optional: where a locale has none, the site generates a description from the text.
 */
export const seoMetaSchema = z.object({
  title: localizedText,
  description: localizedText,
})

const documentBase = {
  id,
  slug,
  updatedAt: z.string(),
  translations: z.record(z.string(), translationInfoSchema).default({}),
  meta: seoMetaSchema.optional(),
}

const subtopic = z.object({
  number: z.number().int(),
  title: localizedText,
  html: localizedText,
})

export const fieldOfActionSchema = z.object({
  ...documentBase,
  order: z.number(),
  crossCutting: z.boolean(),
  name: localizedText,
  introHtml: localizedText,
  subtopics: z.array(subtopic),
  focusAreas: z.array(subtopic),
  appearsIn: z.array(id),
})

export const goalGroups = ['field', 'postmigrant-working-group'] as const
export const goalSchema = z.object({
  id,
  fieldOfAction: id,
  group: z.enum(goalGroups),
  number: z.number().int(),
  html: localizedText,
})

export const measureKinds = [
  'measure',
  'measure-eligible-for-funding',
  'postmigrant-working-group',
  'recommendation',
] as const
export const measureSchema = z.object({
  ...documentBase,
  fieldOfAction: id,
  kind: z.enum(measureKinds),
  number: z.number().int(),
  order: z.number(),
  title: localizedText,
  bodyHtml: localizedText,
  offices: z.array(id),
  contactText: localizedText,
  eligibleForFunding: z.boolean(),
})

export const officeSchema = z.object({
  ...documentBase,
  code: z.string().min(1),
  name: localizedText,
  variants: z.array(z.string()),
})

export const imageMimeTypes = ['image/avif', 'image/webp', 'image/jpeg', 'image/png'] as const
/**
 * The picture of a page or news item. `files` are the sizes the export copied to `media/` beside
 * the snapshot (the site publishes them under /media/): per width AVIF, WebP and a JPEG or PNG
 * fallback. `alt` holds the alternative text of the locales the document is published in.
 */
export const imageSchema = z.object({
  id,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: localizedText.refine(
    (alt) => Object.values(alt).some((text) => text.trim() !== ''),
    'image without alternative text',
  ),
  credit: z.string(),
  files: z
    .array(
      z.object({
        file: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'media file name must be one plain lower-case segment'),
        mimeType: z.enum(imageMimeTypes),
        width: z.number().int().positive(),
        height: z.number().int().positive(),
        bytes: z.number().int().nonnegative(),
      }),
    )
    .min(1)
    .refine(
      (files) => files.some((file) => file.mimeType === 'image/jpeg' || file.mimeType === 'image/png'),
      'image without a JPEG or PNG fallback',
    ),
})

export const pageSchema = z.object({
  ...documentBase,
  parent: id.nullable(),
  order: z.number(),
  title: localizedText,
  subtitle: localizedText,
  bodyHtml: localizedText,
  signatories: z.array(z.object({ name: z.string(), role: localizedText })),
  facts: z.array(z.object({ label: localizedText, value: localizedText })),
  image: imageSchema.nullable().default(null),
})

export const newsSchema = z.object({
  ...documentBase,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: localizedText,
  bodyHtml: localizedText,
  publisher: z.string(),
  image: imageSchema.nullable().default(null),
})

export const glossaryTermSchema = z.object({
  ...documentBase,
  term: localizedText,
  /** Other forms of the term per locale (plural, inflections) that are recognised in text too. */
  forms: z.record(z.string(), z.array(z.string())),
  explanation: localizedText,
})

export const formStatuses = ['current', 'superseded', 'retired'] as const
const percent = z.number().min(0).max(100)
/** A file the export copied beside the snapshot (`files/<name>`); the site publishes it under /F/{CODE}/. */
const exportedFile = z.object({
  file: z.string().regex(/^[A-Za-z0-9._-]+$/, 'exported file name must be one plain segment'),
  mimeType: z.string(),
  bytes: z.number().int().nonnegative(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
})
export const formFieldSchema = z.object({
  id,
  /** Field number as printed, e.g. "1.2" (unique within the form together with its section). */
  number: z.string().min(1),
  /** Label exactly as printed on the German paper; never translated. */
  germanLabel: z.string().min(1),
  required: z.boolean(),
  explanation: localizedText,
  example: localizedText,
  format: localizedText,
  /** Where the field sits on a page image (1-based page, box in percent of the image). */
  marker: z
    .object({ page: z.number().int().positive(), x: percent, y: percent, width: percent, height: percent })
    .nullable(),
})
export const formSchema = z.object({
  id,
  /** Permanent short code printed in the QR code: /F/{code}/. */
  code: z.string().regex(/^[0-9A-Z]{4,8}$/),
  updatedAt: z.string(),
  /** Example content, not an official form: the site says so on every page of it. */
  isExample: z.boolean(),
  status: z.enum(formStatuses),
  /** The newer edition (status superseded) or the form that replaces it (retired). */
  successor: id.nullable(),
  germanTitle: z.string().min(1),
  formNumber: z.string(),
  edition: z.string(),
  title: localizedText,
  description: localizedText,
  office: id.nullable(),
  contact: z.string(),
  pdf: exportedFile.nullable(),
  pages: z.array(exportedFile),
  sections: z.array(
    z.object({
      id,
      number: z.string(),
      germanHeading: z.string(),
      heading: localizedText,
      fields: z.array(formFieldSchema),
    }),
  ),
  bring: z.array(localizedText),
})

export const videoMimeTypes = ['video/mp4', 'video/webm'] as const
/** A plain file name the export copied to `videos/` beside the snapshot (published under /video/). */
const videoFileName = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'video file name must be one plain lower-case segment')
/**
 * A sign-language or explainer video: the file with its size and duration (stated beside the
 * download link, BITV 2.0 Annex 2), a poster, WebVTT captions per locale and a transcript.
 */
export const videoSchema = z.object({
  id,
  file: videoFileName,
  mimeType: z.enum(videoMimeTypes),
  bytes: z.number().int().positive(),
  durationSeconds: z.number().nonnegative(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  poster: z
    .object({ file: videoFileName, width: z.number().int().positive(), height: z.number().int().positive() })
    .nullable(),
  captions: z.array(z.object({ locale: z.string().min(1), file: videoFileName })),
  title: localizedText,
  transcript: localizedText,
})

/** One of the four start-page explanations (shared/src/explanations.ts), text as plain paragraphs. */
export const explanationSchema = z.object({
  key: z.enum(explanationTopicKeys),
  title: localizedText,
  text: localizedText,
  video: videoSchema.nullable(),
})

export const redirectSchema = z.object({
  /** A path without locale prefix (applies to every locale) or with one. */
  from: z.string().startsWith('/'),
  to: z.union([z.object({ collection: z.enum(redirectTargetKeys), id }), z.object({ url: z.string().min(1) })]),
})

/** EU model statement (Implementing Decision 2018/1523): the site is fully, partially or not compliant. */
export const complianceStatuses = ['full', 'partial', 'none'] as const
/** Why a part is not accessible, as the model statement distinguishes the cases. */
export const barrierReasons = ['non-compliance', 'disproportionate-burden', 'out-of-scope'] as const
export const reviewMethods = ['self-assessment', 'external-test'] as const
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/**
 * The accessibility statement ("Erklärung zur Barrierefreiheit"). Fields the city has not filled
 * in are null or empty and the site says so instead of guessing; contact e-mail and phone are
 * optional because the feedback form is the channel every reader has.
 */
export const accessibilityStatementSchema = z.object({
  updatedAt: z.string(),
  status: z.enum(complianceStatuses).nullable(),
  barriers: z.array(z.object({ what: localizedText, reason: z.enum(barrierReasons), alternative: localizedText })),
  reviewedOn: isoDate.nullable(),
  reviewMethod: z.enum(reviewMethods).nullable(),
  preparedOn: isoDate.nullable(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  arbitrationName: localizedText,
  arbitrationUrl: z.string(),
  /** Further text of the editors (e.g. what is being improved), per locale. */
  moreHtml: localizedText,
})

/** Imprint and privacy notice: one rich text per locale, nothing else. */
export const legalTextSchema = z.object({ updatedAt: z.string(), bodyHtml: localizedText })

/** The whole snapshot, document by document; parse.ts adds the checks across documents (crossChecks.ts). */
export const snapshotShapeSchema = z.object({
  schemaVersion: z.literal(1),
  generatedAt: z.string(),
  fieldsOfAction: z.array(fieldOfActionSchema),
  goals: z.array(goalSchema),
  measures: z.array(measureSchema),
  offices: z.array(officeSchema),
  pages: z.array(pageSchema),
  news: z.array(newsSchema),
  glossary: z.array(glossaryTermSchema).default([]),
  /** Optional so that snapshots written before forms existed stay valid. */
  forms: z.array(formSchema).default([]),
  /**
   * Codes ever given to a form that has no published version (deleted, unpublished, or a
   * draft whose label was printed early): their printed QR codes get a page, never a 404.
   */
  unavailableFormCodes: z.array(z.string().min(1)).default([]),
  redirects: z.array(redirectSchema),
  /** The start-page explanations in Leichte Sprache and DGS; optional for older snapshots. */
  explanations: z.array(explanationSchema).default([]),
  /** The published legal texts; null while unpublished (the site then says the text is being prepared). */
  accessibilityStatement: accessibilityStatementSchema.nullable().default(null),
  imprint: legalTextSchema.nullable().default(null),
  privacyNotice: legalTextSchema.nullable().default(null),
})
