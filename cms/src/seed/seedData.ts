import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The WIR 2.0 content as structured in content/ (copied from the project's shared data; see its README). */
export type LocalizedText = Partial<Record<'de' | 'en', string>>
export type LocalizedParagraphs = Partial<Record<'de' | 'en', string[]>>

export type SeedSubtopic = {
  number: number
  title: LocalizedText
  text?: LocalizedParagraphs
  points?: LocalizedParagraphs
}
export type SeedFieldOfAction = {
  key: string
  order: number
  name: LocalizedText
  intro: LocalizedParagraphs
  subtopics?: SeedSubtopic[]
  focusAreas?: SeedSubtopic[]
  crossCutting: boolean
  appearsIn?: string[]
}
export type SeedGoal = {
  key: string
  field: string
  group: 'field' | 'postmigrant-working-group'
  number: number
  text: LocalizedText
  points?: LocalizedParagraphs
}
export type SeedMeasure = {
  key: string
  field: string
  kind: 'measure' | 'measure-eligible-for-funding' | 'postmigrant-working-group' | 'recommendation'
  number: number
  title: LocalizedText
  body: LocalizedParagraphs
  contacts: string[]
  contactText?: LocalizedText
  eligibleForFunding: boolean
  order: number
}
export type SeedOrgUnit = { code: string; hasOfficialCode: boolean; name: LocalizedText; variants: { en: string[] } }
export type SeedPage = {
  key: string
  type: 'page' | 'news'
  order: number
  title: LocalizedText
  subtitle?: LocalizedText
  body: LocalizedParagraphs
  sections?: { key: string; heading: LocalizedText; body: LocalizedParagraphs }[]
  signatories?: Partial<Record<'de' | 'en', { name: string; role: string }[]>>
  facts?: { label: LocalizedText; value: LocalizedText }[]
  date?: string
  publisher?: string
}

const contentDir = process.env.WIR_SEED_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'content')

function read<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(contentDir, file), 'utf8')) as T
}

export function loadSeedData() {
  return {
    fieldsOfAction: read<SeedFieldOfAction[]>('fields-of-action.json'),
    goals: read<SeedGoal[]>('goals.json'),
    measures: read<SeedMeasure[]>('measures.json'),
    orgUnits: read<SeedOrgUnit[]>('org-units.json'),
    pages: read<SeedPage[]>('pages.json'),
  }
}

export type SeedData = ReturnType<typeof loadSeedData>
export const seedLocales = ['de', 'en'] as const
