import type { z } from 'zod'

import type { redirectTargetKeys } from '../contentTypes.ts'
import type {
  snapshotShapeSchema,
  fieldOfActionSchema,
  goalSchema,
  measureSchema,
  officeSchema,
  pageSchema,
  newsSchema,
  imageSchema,
  glossaryTermSchema,
  translationInfoSchema,
  seoMetaSchema,
  formSchema,
  videoSchema,
  explanationSchema,
  accessibilityStatementSchema,
  legalTextSchema,
} from './schemas.ts'

export type Snapshot = z.infer<typeof snapshotShapeSchema>
/** A snapshot as written: fields with defaults (translations, glossary, forms) may be left out. */
export type SnapshotInput = z.input<typeof snapshotShapeSchema>
export type FieldOfAction = z.infer<typeof fieldOfActionSchema>
export type Goal = z.infer<typeof goalSchema>
export type Measure = z.infer<typeof measureSchema>
export type Office = z.infer<typeof officeSchema>
export type Page = z.infer<typeof pageSchema>
export type NewsItem = z.infer<typeof newsSchema>
export type Image = z.infer<typeof imageSchema>
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>
export type TranslationInfo = z.infer<typeof translationInfoSchema>
export type SeoMeta = z.infer<typeof seoMetaSchema>
export type Form = z.infer<typeof formSchema>
export type Video = z.infer<typeof videoSchema>
export type Explanation = z.infer<typeof explanationSchema>
export type AccessibilityStatement = z.infer<typeof accessibilityStatementSchema>
export type LegalText = z.infer<typeof legalTextSchema>
/** Snapshot keys of the documents with a slug and a page of their own (redirect targets). */
export type SnapshotCollection = (typeof redirectTargetKeys)[number]
