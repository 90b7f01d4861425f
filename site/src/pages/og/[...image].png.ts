/**
 * Open Graph images (see lib/ogImage.ts): one PNG per route of the route table, rendered once
 * per build with sharp. Static endpoint: Astro writes each to dist/og/….png.
 */
import type { APIRoute } from 'astro'
import { getSiteData } from '../../content/snapshot.ts'
import { formatDate, formatNumber, t } from '../../i18n/index.ts'
import { allEntries, entryRoute, type Entry } from '../../lib/routes.ts'
import { cardLocale, ogImagePath, renderCard, type Card } from '../../lib/ogImage.ts'
import { pickOr } from '../../lib/text.ts'

export function getStaticPaths() {
  const data = getSiteData()
  const l = cardLocale
  const footer = t(l, 'site.owner')
  const card = (entry: Entry): Card => {
    switch (entry.view) {
      case 'field': {
        const field = data.fieldById.get(entry.id)!
        return { kicker: t(l, 'measure.field'), title: pickOr(field.name, l, field.slug).value, footer }
      }
      case 'measure': {
        const measure = data.measureById.get(entry.id)!
        const field = data.fieldById.get(measure.fieldOfAction)!
        const label = t(l, `kindOne.${measure.kind}`, { number: formatNumber(l, measure.number) })
        return {
          kicker: `${label} · ${pickOr(field.name, l, field.slug).value}`,
          title: pickOr(measure.title, l, measure.slug).value,
          footer,
        }
      }
      case 'office': {
        const office = data.officeById.get(entry.id)!
        return {
          kicker: t(l, 'office.code', { code: office.code }),
          title: pickOr(office.name, l, office.code).value,
          footer,
        }
      }
      case 'page': {
        const page = data.pageById.get(entry.id)!
        return { kicker: t(l, 'section.pages'), title: pickOr(page.title, l, page.slug).value, footer }
      }
      case 'news': {
        const item = data.newsById.get(entry.id)!
        return {
          kicker: `${t(l, 'section.news')} · ${formatDate(l, item.date)}`,
          title: pickOr(item.title, l, item.slug).value,
          footer,
        }
      }
      case 'form': {
        const form = data.formById.get(entry.id)!
        return {
          kicker: `${t(l, 'section.forms')} · ${form.code}`,
          title: pickOr(form.title, l, form.germanTitle).value,
          footer,
        }
      }
      case 'home':
        return { kicker: footer, title: t(l, 'site.tagline'), footer: '' }
      default: {
        const route = entryRoute(data, entry)
        const section = route.kind === 'list' ? route.section : 'search'
        return { kicker: footer, title: t(l, sectionKey[section]), footer: '' }
      }
    }
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

const sectionKey = {
  fieldsOfAction: 'section.fieldsOfAction',
  measures: 'section.measures',
  offices: 'section.offices',
  pages: 'section.pages',
  news: 'section.news',
  search: 'section.search',
  sitemap: 'sitemap.title',
  glossary: 'glossary.title',
  forms: 'section.forms',
  accessibility: 'a11y.title',
  imprint: 'imprint.title',
  privacy: 'privacy.title',
  feedbackThanks: 'thanks.title',
} as const

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: Card }).card)
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
