import type { z } from 'zod'

import { contentTypes } from '../contentTypes.ts'
import { pageTree } from '../pageTree.ts'
import type { Snapshot, SnapshotCollection } from './types.ts'

/**
 * What no single document's schema can see: unique ids and slugs per content type, references
 * to documents that exist, page parents the page-tree rule gives, form codes used once. Run by
 * parse.ts on every parsed snapshot.
 */
export function crossCheck(snapshot: Snapshot, ctx: z.RefinementCtx<Snapshot>): void {
  // Every type whose documents have a slug of their own (a public URL): slugs unique per type.
  const collections = Object.fromEntries(
    contentTypes.filter((row) => row.redirects).map((row) => [row.snapshotKey, snapshotDocs(snapshot, row)]),
  ) as Record<SnapshotCollection, { id: string; slug: string }[]>
  const ids = Object.fromEntries(
    Object.entries(collections).map(([name, docs]) => [name, new Set(docs.map((doc) => doc.id))]),
  ) as Record<SnapshotCollection, Set<string>>
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })

  for (const [name, docs] of Object.entries(collections)) {
    const seen = new Set<string>()
    docs.forEach((doc, index) => {
      if (seen.has(doc.slug)) problem([name, index, 'slug'], `duplicate slug "${doc.slug}" in ${name}`)
      seen.add(doc.slug)
    })
  }
  const hasAnyText = (values: Record<string, string>) => Object.values(values).some((value) => value.trim() !== '')
  snapshot.fieldsOfAction.forEach((field, index) => {
    if (!hasAnyText(field.name)) problem(['fieldsOfAction', index, 'name'], 'field of action without a name')
    field.appearsIn.forEach((ref) => {
      if (!ids.fieldsOfAction.has(ref))
        problem(['fieldsOfAction', index, 'appearsIn'], `unknown field of action ${ref}`)
    })
  })
  snapshot.goals.forEach((goal, index) => {
    if (!ids.fieldsOfAction.has(goal.fieldOfAction))
      problem(['goals', index], `unknown field of action ${goal.fieldOfAction}`)
  })
  snapshot.measures.forEach((measure, index) => {
    if (!hasAnyText(measure.title)) problem(['measures', index, 'title'], 'measure without a title')
    if (!ids.fieldsOfAction.has(measure.fieldOfAction))
      problem(['measures', index], `unknown field of action ${measure.fieldOfAction}`)
    measure.offices.forEach((office) => {
      if (!ids.offices.has(office)) problem(['measures', index, 'offices'], `unknown office ${office}`)
    })
  })
  // The export places pages by the one page-tree rule; a parent it would not give is a broken export.
  const { parentOf } = pageTree(snapshot.pages)
  snapshot.pages.forEach((page, index) => {
    if (!hasAnyText(page.title)) problem(['pages', index, 'title'], 'page without a title')
    if (page.parent !== null && !ids.pages.has(page.parent))
      problem(['pages', index, 'parent'], `unknown parent page ${page.parent}`)
    else if (page.parent !== (parentOf.get(page.id) ?? null))
      problem(['pages', index, 'parent'], `parent page ${page.parent} forms a cycle or nests too deep`)
  })
  snapshot.news.forEach((item, index) => {
    if (!hasAnyText(item.title)) problem(['news', index, 'title'], 'news item without a title')
  })
  // Two documents may share an image; two images must never share a file name.
  const mediaFiles = new Map<string, string>()
  for (const [name, docs] of [
    ['pages', snapshot.pages],
    ['news', snapshot.news],
  ] as const) {
    docs.forEach((doc, index) => {
      for (const file of doc.image?.files ?? []) {
        const owner = mediaFiles.get(file.file)
        if (owner !== undefined && owner !== doc.image!.id)
          problem([name, index, 'image'], `media file ${file.file} belongs to two images`)
        mediaFiles.set(file.file, doc.image!.id)
      }
    })
  }
  snapshot.glossary.forEach((entry, index) => {
    if (!entry.term.de?.trim()) problem(['glossary', index, 'term'], 'glossary term without its German form')
  })
  const formIds = new Set(snapshot.forms.map((form) => form.id))
  const codes = new Set<string>()
  snapshot.forms.forEach((form, index) => {
    if (codes.has(form.code)) problem(['forms', index, 'code'], `duplicate form code ${form.code}`)
    codes.add(form.code)
    if (form.office !== null && !ids.offices.has(form.office))
      problem(['forms', index, 'office'], `unknown office ${form.office}`)
    if (form.successor !== null && (!formIds.has(form.successor) || form.successor === form.id)) {
      problem(['forms', index, 'successor'], `unknown successor form ${form.successor}`)
    }
    const positions = new Set<string>()
    form.sections.forEach((section, sectionIndex) =>
      section.fields.forEach((field, fieldIndex) => {
        const position = `${section.number}/${field.number}`
        if (positions.has(position))
          problem(['forms', index, 'sections', sectionIndex, 'fields', fieldIndex], `duplicate position ${position}`)
        positions.add(position)
        if (field.marker && field.marker.page > form.pages.length) {
          problem(
            ['forms', index, 'sections', sectionIndex, 'fields', fieldIndex, 'marker'],
            `marker on missing page ${field.marker.page}`,
          )
        }
      }),
    )
  })
  snapshot.unavailableFormCodes.forEach((code, index) => {
    if (codes.has(code)) problem(['unavailableFormCodes', index], `form code ${code} is both published and unavailable`)
    codes.add(code)
  })
  snapshot.redirects.forEach((redirect, index) => {
    if ('collection' in redirect.to && !ids[redirect.to.collection].has(redirect.to.id)) {
      problem(['redirects', index], `redirect to unknown ${redirect.to.collection} ${redirect.to.id}`)
    }
  })
}

/** The documents of a content type in a snapshot (see shared/src/contentTypes.ts). */
function snapshotDocs(snapshot: Record<string, unknown>, row: { snapshotKey: string }) {
  return (snapshot[row.snapshotKey] ?? []) as { id: string; slug: string }[]
}
