/**
 * schema.org JSON-LD for every page, one `@graph` per page: the page itself (WebPage), the
 * document behind it when its content type names a schema.org type (shared/src/contentTypes.ts:
 * GovernmentOrganization for offices, NewsArticle for news) and its BreadcrumbList; a form help
 * page describes the help as a GovernmentService of the office that issues the form. URLs are
 * absolute.
 */
import { contentTypeOf, type ContentTypeKey, type SchemaType } from '@wir/shared/contentTypes'

export type Thing = Record<string, unknown> & { '@type': string }
export type Crumb = { name: string; url: string }

const publisherName = 'Landeshauptstadt Hannover'

/** The city as publisher and parent organisation (not translated: it is a proper name). */
export function city(siteUrl: string): Thing {
  return { '@type': 'GovernmentOrganization', '@id': `${siteUrl}#city`, name: publisherName, url: siteUrl }
}

export function breadcrumbList(crumbs: readonly Crumb[]): Thing {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  }
}

export type PageFacts = {
  url: string
  name: string
  description: string
  inLanguage: string
  image: string
  siteUrl: string
  siteName: string
}

export function webPage(page: PageFacts): Thing {
  return {
    '@type': 'WebPage',
    '@id': page.url,
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: page.inLanguage,
    primaryImageOfPage: page.image,
    isPartOf: {
      '@type': 'WebSite',
      '@id': `${page.siteUrl}#website`,
      name: page.siteName,
      url: page.siteUrl,
      publisher: { '@id': `${page.siteUrl}#city` },
    },
  }
}

export function governmentOrganization(page: PageFacts, code: string): Thing {
  return {
    '@type': 'GovernmentOrganization',
    '@id': `${page.url}#organization`,
    name: page.name,
    identifier: code,
    url: page.url,
    description: page.description,
    parentOrganization: { '@id': `${page.siteUrl}#city` },
    mainEntityOfPage: page.url,
  }
}

export function newsArticle(page: PageFacts, dates: { published: string; modified: string }): Thing {
  return {
    '@type': 'NewsArticle',
    '@id': `${page.url}#article`,
    headline: page.name.length > 110 ? `${page.name.slice(0, 109)}…` : page.name,
    description: page.description,
    inLanguage: page.inLanguage,
    image: [page.image],
    datePublished: dates.published,
    dateModified: dates.modified,
    author: { '@id': `${page.siteUrl}#city` },
    publisher: { '@id': `${page.siteUrl}#city` },
    mainEntityOfPage: page.url,
  }
}

/** What a view knows about the document behind its page, for its schema.org type. */
export type EntityFacts = {
  type: ContentTypeKey
  /** Offices: their code. */
  code?: string
  /** News: dates. */
  published?: string
  modified?: string
  /** Forms: the German title as printed, and the office that issues the form (its page's path). */
  serviceType?: string
  office?: { name: string; path: string }
}

const builders: Record<SchemaType, (page: PageFacts, entity: EntityFacts) => Thing> = {
  GovernmentOrganization: (page, entity) => governmentOrganization(page, entity.code ?? ''),
  NewsArticle: (page, entity) =>
    newsArticle(page, { published: entity.published ?? '', modified: entity.modified ?? '' }),
  GovernmentService: (page, entity) =>
    governmentService(page, {
      serviceType: entity.serviceType ?? page.name,
      office: entity.office && { name: entity.office.name, url: new URL(entity.office.path, page.siteUrl).href },
    }),
}

/** The document behind a page as schema.org sees it, when its type names one. */
export function mainEntity(page: PageFacts, entity: EntityFacts | undefined): Thing | undefined {
  const schemaType = entity && contentTypeOf(entity.type).schemaType
  return schemaType ? builders[schemaType](page, entity!) : undefined
}

/**
 * A form help page as the service it is: the office that issues the form provides it, the help
 * page is the channel (in the reader's language), for the city's residents. `serviceType` is the
 * form's German title and number as printed: what a resident holds in their hand.
 */
export function governmentService(
  page: PageFacts,
  form: { serviceType: string; office?: { name: string; url: string } },
): Thing {
  return {
    '@type': 'GovernmentService',
    '@id': `${page.url}#service`,
    name: page.name,
    serviceType: form.serviceType,
    description: page.description,
    provider: form.office
      ? {
          '@type': 'GovernmentOrganization',
          '@id': `${form.office.url}#organization`,
          name: form.office.name,
          url: form.office.url,
          parentOrganization: { '@id': `${page.siteUrl}#city` },
        }
      : { '@id': `${page.siteUrl}#city` },
    availableChannel: {
      '@type': 'ServiceChannel',
      name: page.name,
      serviceUrl: page.url,
      availableLanguage: page.inLanguage,
    },
    areaServed: { '@type': 'City', name: 'Hannover' },
    mainEntityOfPage: page.url,
  }
}

/** The graph as the text of a <script type="application/ld+json">; `<` escaped so no text ends the script. */
export function jsonLd(things: readonly Thing[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': things }).replace(/</g, '\\u003c')
}
