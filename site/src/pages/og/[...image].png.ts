/**
 * Open Graph images (see lib/ogImage.ts): one PNG per route of the route table, rendered once
 * per build with sharp. Static endpoint: Astro writes each to dist/og/….png.
 */
import type { APIRoute } from 'astro'
import type { DetailView } from '@wir/shared/contentTypes'
import type { Localized } from '@wir/shared/localized'
import { getSiteData } from '../../content/snapshot.ts'
import { formatDate, formatNumber, t } from '../../i18n/index.ts'
import { allEntries, entryRoute, entryType, type Entry } from '../../lib/routes.ts'
import { sectionLabelKey } from '../../lib/sections.ts'
import { cardLocale, ogImagePath, renderCard, type Card } from '../../lib/ogImage.ts'
import { pickOr } from '../../lib/text.ts'

export function getStaticPaths() {
  const data = getSiteData()
  const l = cardLocale
  const footer = t(l, 'site.owner')
  /** Cards that say more than their section (the default below): by document view. */
  const special: Partial<Record<DetailView, (id: string) => Card>> = {
    field: (id) => {
      const field = data.fieldById.get(id)!
      return { kicker: t(l, 'measure.field'), title: pickOr(field.name, l, field.slug).value, footer }
    },
    measure: (id) => {
      const measure = data.measureById.get(id)!
      const field = data.fieldById.get(measure.fieldOfAction)!
      const label = t(l, `kindOne.${measure.kind}`, { number: formatNumber(l, measure.number) })
      return {
        kicker: `${label} · ${pickOr(field.name, l, field.slug).value}`,
        title: pickOr(measure.title, l, measure.slug).value,
        footer,
      }
    },
    office: (id) => {
      const office = data.officeById.get(id)!
      return {
        kicker: t(l, 'office.code', { code: office.code }),
        title: pickOr(office.name, l, office.code).value,
        footer,
      }
    },
    news: (id) => {
      const item = data.newsById.get(id)!
      return {
        kicker: `${t(l, 'section.news')} · ${formatDate(l, item.date)}`,
        title: pickOr(item.title, l, item.slug).value,
        footer,
      }
    },
    form: (id) => {
      const form = data.formById.get(id)!
      return {
        kicker: `${t(l, 'section.forms')} · ${form.code}`,
        title: pickOr(form.title, l, form.germanTitle).value,
        footer,
      }
    },
  }
  const card = (entry: Entry): Card => {
    if (entry.view === 'home') return { kicker: footer, title: t(l, 'site.tagline'), footer: '' }
    const route = entryRoute(data, entry)
    if (!('id' in entry)) {
      const section = route.kind === 'list' ? route.section : 'search'
      return { kicker: footer, title: t(l, sectionLabelKey(section)), footer: '' }
    }
    const build = special[entry.view]
    if (build) return build(entry.id)
    // Any other document: its section and its title (shared/src/contentTypes.ts), as a German reader gets it.
    const row = entryType(entry)!
    const doc = data.documents.get(row.snapshotKey)!.get(entry.id)!
    const title = doc[row.title.field]
    const text = typeof title === 'string' ? title : pickOr(title as Localized<string>, l, String(doc.slug)).value
    return { kicker: t(l, sectionLabelKey(row.section!)), title: text, footer }
  }
  return allEntries(data).map((entry) => ({
    params: {
      image: ogImagePath(entryRoute(data, entry))
        .replace(/^\/og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { card: card(entry) },
  }))
}

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: Card }).card)
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
