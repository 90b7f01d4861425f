import type { Payload } from 'payload'

import { defaultLocale } from '@wir/shared/locales'
import { slugify } from '@wir/shared/slugify'

import { createLocalized } from './createLocalized'
import { seedExplanations } from './seedExplanations'
import { seedAccessibilityStatement } from './seedAccessibilityStatement'
import { seedForms } from './seedForms'
import { paragraphsToLexical } from './paragraphsToLexical'
import { loadSeedData, seedLocales, type LocalizedText, type SeedData, type SeedSubtopic } from './seedData'

export type SeedReport = Record<
  'fieldsOfAction' | 'goals' | 'measures' | 'offices' | 'pages' | 'news' | 'forms' | 'explanations',
  { created: number; existing: number }
>

type Locale = (typeof seedLocales)[number]

/**
 * Runs fn for every seed locale that has a value, collecting the per-locale results. The
 * seed's English texts are a separate edition of the strategy, not translations of the German
 * ones: they are published as such (ready, provenance "edition"), never as checked translations.
 */
function perLocale<T extends object>(fn: (locale: Locale) => T | undefined): Partial<Record<Locale, T>> {
  const out: Partial<Record<Locale, T>> = {}
  for (const locale of seedLocales) {
    const value = fn(locale)
    if (value === undefined) continue
    out[locale] =
      locale === defaultLocale ? value : { ...value, translationState: 'ready', translationProvenance: 'edition' }
  }
  return out
}

const richText = (paragraphs: string[] | undefined) =>
  paragraphs?.length ? paragraphsToLexical([{ paragraphs }]) : undefined
const firstText = (text: LocalizedText) => text.de ?? text.en ?? ''

function subtopicRows(items: SeedSubtopic[] | undefined, locale: Locale) {
  return (items ?? []).map((item) => {
    const paragraphs = [...(item.text?.[locale] ?? []), ...(item.points?.[locale] ?? []).map((point) => `• ${point}`)]
    return {
      number: item.number,
      title: item.title[locale] ?? null,
      text: paragraphs.length ? paragraphsToLexical([{ paragraphs }]) : null,
    }
  })
}

/** Imports the WIR 2.0 content. Idempotent: documents that exist (by import key) stay untouched. */
export async function seedContent(payload: Payload, data: SeedData = loadSeedData()): Promise<SeedReport> {
  const report = Object.fromEntries(
    ['fieldsOfAction', 'goals', 'measures', 'offices', 'pages', 'news', 'forms', 'explanations'].map((name) => [
      name,
      { created: 0, existing: 0 },
    ]),
  ) as SeedReport
  const count = (name: keyof SeedReport, created: boolean) => report[name][created ? 'created' : 'existing']++

  const officeIds = new Map<string, number | string>()
  for (const unit of data.orgUnits) {
    const result = await createLocalized({
      payload,
      collection: 'offices',
      key: unit.code,
      shared: { code: unit.code, slug: slugify(unit.code), generateSlug: false, variants: unit.variants.en },
      perLocale: perLocale((locale) => (unit.name[locale] ? { name: unit.name[locale] } : undefined)),
    })
    officeIds.set(unit.code, result.id)
    count('offices', result.created)
  }

  const fieldIds = new Map<string, number | string>()
  const orderedFields = [...data.fieldsOfAction].sort(
    (a, b) => Number(a.crossCutting) - Number(b.crossCutting) || a.order - b.order,
  )
  for (const field of orderedFields) {
    const result = await createLocalized({
      payload,
      collection: 'fields-of-action',
      key: field.key,
      shared: {
        slug: slugify(firstText(field.name)),
        generateSlug: false,
        order: field.order,
        crossCutting: field.crossCutting,
        appearsIn: (field.appearsIn ?? []).map((key) => fieldIds.get(key)).filter((id) => id !== undefined),
      },
      perLocale: perLocale((locale) =>
        field.name[locale]
          ? {
              name: field.name[locale],
              intro: richText(field.intro[locale]) ?? null,
              subtopics: subtopicRows(field.subtopics, locale),
              focusAreas: subtopicRows(field.focusAreas, locale),
            }
          : undefined,
      ),
    })
    fieldIds.set(field.key, result.id)
    count('fieldsOfAction', result.created)
  }

  for (const goal of data.goals) {
    const result = await createLocalized({
      payload,
      collection: 'goals',
      key: goal.key,
      shared: { fieldOfAction: requireId(fieldIds, goal.field, goal.key), group: goal.group, number: goal.number },
      perLocale: perLocale((locale) =>
        goal.text[locale]
          ? { text: richText([goal.text[locale]!, ...(goal.points?.[locale] ?? []).map((point) => `• ${point}`)]) }
          : undefined,
      ),
    })
    count('goals', result.created)
  }

  const usedSlugs = new Set<string>()
  for (const measure of [...data.measures].sort((a, b) => a.order - b.order)) {
    const result = await createLocalized({
      payload,
      collection: 'measures',
      key: measure.key,
      shared: {
        slug: uniqueSlug(slugify(firstText(measure.title)), usedSlugs),
        generateSlug: false,
        fieldOfAction: requireId(fieldIds, measure.field, measure.key),
        kind: measure.kind,
        number: measure.number,
        order: measure.order,
        eligibleForFunding: measure.eligibleForFunding,
        offices: measure.contacts.map((code) => requireId(officeIds, code, measure.key)),
      },
      perLocale: perLocale((locale) =>
        measure.title[locale]
          ? {
              title: measure.title[locale],
              body: richText(measure.body[locale]) ?? null,
              contactText: measure.contactText?.[locale] ?? null,
            }
          : undefined,
      ),
    })
    count('measures', result.created)
  }

  for (const page of [...data.pages].sort((a, b) => a.order - b.order)) {
    const isNews = page.type === 'news'
    const body = (locale: Locale) => {
      const blocks = [
        { paragraphs: page.body[locale] ?? [] },
        ...(page.sections ?? []).flatMap((section) =>
          section.heading[locale] || section.body[locale]
            ? [{ heading: section.heading[locale], paragraphs: section.body[locale] ?? [] }]
            : [],
        ),
      ]
      return paragraphsToLexical(blocks)
    }
    const signatoryNames = page.signatories?.de ?? page.signatories?.en ?? []
    const result = await createLocalized({
      payload,
      collection: isNews ? 'news' : 'pages',
      key: page.key,
      shared: isNews
        ? {
            slug: slugify(firstText(page.title)),
            generateSlug: false,
            date: page.date,
            publisher: page.publisher ?? null,
          }
        : { slug: slugify(firstText(page.title)), generateSlug: false, order: page.order },
      perLocale: perLocale((locale) => {
        if (!page.title[locale]) return undefined
        if (isNews) return { title: page.title[locale], body: body(locale) }
        return {
          title: page.title[locale],
          subtitle: page.subtitle?.[locale] ?? null,
          body: body(locale),
          signatories: signatoryNames.map((person, index) => ({
            name: person.name,
            role: page.signatories?.[locale]?.[index]?.role ?? null,
          })),
          facts: (page.facts ?? []).map((fact) => ({
            label: fact.label[locale] ?? null,
            value: fact.value[locale] ?? null,
          })),
        }
      }),
    })
    count(isNews ? 'news' : 'pages', result.created)
  }
  report.forms = await seedForms(payload)
  count('explanations', (await seedExplanations(payload)).created)
  await seedAccessibilityStatement(payload)
  return report
}

function requireId(ids: Map<string, number | string>, key: string, owner: string): number | string {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Seed entry ${owner} refers to unknown "${key}"`)
  return id
}

function uniqueSlug(base: string, used: Set<string>): string {
  let slug = base
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
  used.add(slug)
  return slug
}
