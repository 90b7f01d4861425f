/**
 * The page head as data, as Starlight's utils/head.ts: each kind of page gets its list of tags
 * here (title, description, robots, canonical, hreflang alternates, Open Graph and Twitter tags,
 * schema.org JSON-LD), and components/Head.astro is the one place that writes them out. So a tag
 * is added, dropped or reordered for every page at once, and the type checker sees all of it.
 */
import { defaultLocale, getLocale, locales, type LocaleRow } from '@wir/shared/locales'
import { localePath, type Route } from '@wir/shared/urls'
import type { SeoMeta } from '@wir/shared/snapshot'
import { t } from '../i18n/index.ts'
import { headText } from './seo.ts'
import { alternates, isVersion } from './versions.ts'
import { ogImagePath, ogSize } from './ogImage.ts'
import {
  breadcrumbList,
  city,
  jsonLd,
  mainEntity,
  webPage,
  type EntityFacts,
  type PageFacts,
  type Thing,
} from './structuredData.ts'

export type HeadTag =
  | { tag: 'title'; content: string }
  | { tag: 'meta'; attrs: Record<string, string> }
  | { tag: 'link'; attrs: Record<string, string> }
  | { tag: 'jsonLd'; content: string }

/** The document behind a page (its content type names its schema.org type). */
export type Entity = EntityFacts

const meta = (key: 'name' | 'property' | 'http-equiv', value: string, content: string): HeadTag => ({
  tag: 'meta',
  attrs: { [key]: value, content },
})
const link = (rel: string, href: string, extra: Record<string, string> = {}): HeadTag => ({
  tag: 'link',
  attrs: { rel, ...extra, href },
})
const icon: HeadTag = { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' } }

/** Canonical and the hreflang alternates of the language versions that exist. */
function addressTags(url: string, links: readonly { hreflang: string; href: string }[], site: URL): HeadTag[] {
  return [
    link('canonical', url),
    ...links.map((alt) => link('alternate', new URL(alt.href, site).href, { hreflang: alt.hreflang })),
  ]
}

/** Open Graph and Twitter card of a page: its own title and text, the route's image. */
function socialTags(page: {
  type: 'website' | 'article'
  siteName: string
  title: string
  description: string
  url: string
  image: { url: string; alt: string }
}): HeadTag[] {
  return [
    meta('property', 'og:type', page.type),
    meta('property', 'og:site_name', page.siteName),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', page.url),
    meta('property', 'og:image', page.image.url),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(ogSize.width)),
    meta('property', 'og:image:height', String(ogSize.height)),
    meta('property', 'og:image:alt', page.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', page.image.url),
    meta('name', 'twitter:image:alt', page.image.alt),
  ]
}

/** The page, its main entity (if schema.org has a type for it) and its breadcrumb trail, as one graph. */
function graphOf(facts: PageFacts, trail: readonly { name: string; url: string }[], main?: Thing): Thing[] {
  const page = {
    ...webPage(facts),
    breadcrumb: { '@id': `${facts.url}#breadcrumb` },
    ...(main ? { mainEntity: { '@id': main['@id'] } } : {}),
  }
  return [
    city(facts.siteUrl),
    page,
    ...(main ? [main] : []),
    { ...breadcrumbList(trail), '@id': `${facts.url}#breadcrumb` },
  ]
}

export type PageHeadInput = {
  site: URL
  locale: string
  route: Route
  /** The view's title and description; the editors' SEO texts of this locale win (lib/seo.ts). */
  title: string
  description: string
  /** Breadcrumbs below home, as the page shows them (the last one is the page itself). */
  crumbs: readonly { label: string; href?: string }[]
  /** Language versions that exist; only these get hreflang alternates and are indexable. */
  versions: readonly LocaleRow[]
  meta?: SeoMeta
  entity?: Entity
  /** The "page not found" page of the locale: no canonical, alternates, social tags or JSON-LD. */
  notFound?: boolean
}

/** Head of every page of a locale (layouts/Base.astro). */
export function pageHead(input: PageHeadInput): HeadTag[] {
  const { site, locale, route, crumbs, versions, entity, notFound = false } = input
  const abs = (path: string) => new URL(path, site).href
  const siteName = t(locale, 'site.name')
  const { title, description } = headText(input.meta, locale, { title: input.title, description: input.description })
  const url = abs(localePath(locale, route))
  const indexable = !notFound && isVersion(locale, versions)
  const tags: HeadTag[] = [
    { tag: 'title', content: route.kind === 'home' ? siteName : `${title} – ${siteName}` },
    meta('name', 'description', description),
  ]
  if (!indexable) tags.push(meta('name', 'robots', notFound ? 'noindex' : 'noindex, follow'))
  if (notFound) return [...tags, icon]

  const image = { url: abs(ogImagePath(route)), alt: title }
  const trail = [
    { name: t(locale, 'nav.home'), url: abs(localePath(locale, { kind: 'home' })) },
    ...crumbs.flatMap((crumb, i) =>
      i === crumbs.length - 1
        ? [{ name: crumb.label, url }]
        : crumb.href
          ? [{ name: crumb.label, url: abs(crumb.href) }]
          : [],
    ),
  ]
  const facts: PageFacts = {
    url,
    name: title,
    description,
    inLanguage: getLocale(locale).bcp47,
    image: image.url,
    siteUrl: abs('/'),
    siteName,
  }
  return [
    ...tags,
    ...addressTags(url, indexable ? alternates(route, versions) : [], site),
    ...socialTags({ type: entity?.type === 'news' ? 'article' : 'website', siteName, title, description, url, image }),
    { tag: 'jsonLd', content: jsonLd(graphOf(facts, trail, mainEntity(facts, entity))) },
    icon,
  ]
}

/** Head of the language chooser `/`: it speaks the default locale and is the x-default of the language homes. */
export function chooserHead(site: URL): HeadTag[] {
  const home = { kind: 'home' } as const
  const url = new URL('/', site).href
  const name = t(defaultLocale, 'site.name')
  const description = t(defaultLocale, 'meta.description')
  const image = { url: new URL(ogImagePath(home), site).href, alt: name }
  const facts: PageFacts = {
    url,
    name,
    description,
    inLanguage: getLocale(defaultLocale).bcp47,
    image: image.url,
    siteUrl: url,
    siteName: name,
  }
  return [
    { tag: 'title', content: name },
    meta('name', 'description', description),
    // The chooser carries the language homes' hreflang set too.
    ...addressTags(url, alternates(home, locales), site),
    ...socialTags({ type: 'website', siteName: name, title: name, description, url, image }),
    { tag: 'jsonLd', content: jsonLd(graphOf(facts, [{ name, url }])) },
    icon,
  ]
}

/** Head of the one 404 page for every address (`/404.html`): never indexed. */
export function notFoundHead(): HeadTag[] {
  return [
    { tag: 'title', content: `${t(defaultLocale, 'notFound.title')} – ${t(defaultLocale, 'site.name')}` },
    meta('name', 'robots', 'noindex'),
    icon,
  ]
}

/** Head of a moved address: an immediate refresh to the new one, which is also the canonical. */
export function redirectHead(site: URL, locale: string, to: string): HeadTag[] {
  return [
    { tag: 'title', content: t(locale, 'redirect.title') },
    meta('http-equiv', 'refresh', `0;url=${to}`),
    meta('name', 'robots', 'noindex'),
    link('canonical', new URL(to, site).href),
  ]
}
