import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { createLocalized } from './createLocalized'

type Text = Partial<Record<'de' | 'en', string>>
type SeedField = {
  number: string
  germanLabel: string
  required: boolean
  explanation: Text
  example?: Text
  format?: Text
}
export type SeedForm = {
  key: string
  office: string
  isExample: boolean
  germanTitle: string
  formNumber: string
  edition: string
  title: Text
  description: Text
  sections: { number: string; germanHeading: string; heading: Text; fields: SeedField[] }[]
  bring: Text[]
}

const examplesFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'examples/forms.json')

export function loadExampleForms(): SeedForm[] {
  return JSON.parse(readFileSync(examplesFile, 'utf8')) as SeedForm[]
}

/**
 * Imports the example forms (German and English only, flagged as examples). Idempotent like
 * the rest of the seed: a form whose import key exists is left as editors made it. Codes are
 * assigned by the collection's hook, as for any new form.
 */
export async function seedForms(
  payload: Payload,
  forms: SeedForm[] = loadExampleForms(),
): Promise<{ created: number; existing: number }> {
  const report = { created: 0, existing: 0 }
  for (const form of forms) {
    const office = await payload.find({
      collection: 'offices',
      where: { code: { equals: form.office } },
      limit: 1,
      depth: 0,
    })
    const result = await createLocalized({
      payload,
      collection: 'forms',
      key: form.key,
      shared: {
        germanTitle: form.germanTitle,
        formNumber: form.formNumber,
        edition: form.edition,
        isExample: form.isExample,
        lifecycle: 'current',
        office: office.docs[0]?.id ?? null,
      },
      perLocale: Object.fromEntries(
        (['de', 'en'] as const).map((locale) => [
          locale,
          {
            title: form.title[locale] ?? null,
            description: form.description[locale] ?? null,
            sections: form.sections.map((section) => ({
              number: section.number,
              germanHeading: section.germanHeading,
              heading: section.heading[locale] ?? null,
              fields: section.fields.map((field) => ({
                number: field.number,
                germanLabel: field.germanLabel,
                required: field.required,
                explanation: field.explanation[locale] ?? null,
                example: field.example?.[locale] ?? null,
                format: field.format?.[locale] ?? null,
              })),
            })),
            bring: form.bring.map((item) => ({ item: item[locale] ?? null })),
            // The examples' English is published with them (a translation, marked ready).
            ...(locale === 'de' ? {} : { translationState: 'ready', translationProvenance: 'person' }),
          },
        ]),
      ),
    })
    report[result.created ? 'created' : 'existing']++
  }
  return report
}
