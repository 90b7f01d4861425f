import type { HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { GlobalSlug, Payload } from 'payload'

import type { AccessibilityStatement, LegalText, Snapshot } from '@wir/shared/snapshot'

import { localizedHtml, localizedText, type AllLocales } from './localizedValues'

type Published = { _status?: string | null; updatedAt?: string } & Record<string, unknown>

/**
 * A legal global as an anonymous visitor gets it: its published version, or undefined while it
 * has never been published (the access rule hides drafts; findGlobal then returns an empty object).
 */
async function readPublishedGlobal(payload: Payload, slug: GlobalSlug): Promise<Published | undefined> {
  const doc = (await payload.findGlobal({
    slug,
    locale: 'all',
    draft: false,
    overrideAccess: false,
    depth: 0,
  })) as unknown as Published | null
  return doc?._status === 'published' ? doc : undefined
}

const day = (value: unknown) => (typeof value === 'string' && value ? value.slice(0, 10) : null)
const plain = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The published accessibility statement, imprint and privacy notice for the snapshot. */
export async function exportLegalTexts(
  payload: Payload,
  converters: HTMLConvertersFunction,
): Promise<Pick<Snapshot, 'accessibilityStatement' | 'imprint' | 'privacyNotice'>> {
  const [statement, imprint, privacy] = await Promise.all(
    (['accessibility-statement', 'imprint', 'privacy-notice'] as GlobalSlug[]).map((slug) =>
      readPublishedGlobal(payload, slug),
    ),
  )
  const legalText = (doc: Published | undefined): LegalText | null =>
    doc
      ? { updatedAt: String(doc.updatedAt ?? ''), bodyHtml: localizedHtml(doc.body as AllLocales<never>, converters) }
      : null
  return {
    accessibilityStatement: statement ? accessibilityStatement(statement, converters) : null,
    imprint: legalText(imprint),
    privacyNotice: legalText(privacy),
  }
}

type BarrierRow = { what?: AllLocales<string>; reason: string; alternative?: AllLocales<string> }

function accessibilityStatement(doc: Published, converters: HTMLConvertersFunction): AccessibilityStatement {
  return {
    updatedAt: String(doc.updatedAt ?? ''),
    status: (doc.status as AccessibilityStatement['status']) || null,
    barriers: ((doc.barriers as BarrierRow[] | null) ?? []).map((row) => ({
      what: localizedText(row.what),
      reason: row.reason as AccessibilityStatement['barriers'][number]['reason'],
      alternative: localizedText(row.alternative),
    })),
    reviewedOn: day(doc.reviewedOn),
    reviewMethod: (doc.reviewMethod as AccessibilityStatement['reviewMethod']) || null,
    preparedOn: day(doc.preparedOn),
    contactEmail: plain(doc.contactEmail),
    contactPhone: plain(doc.contactPhone),
    arbitrationName: localizedText(doc.arbitrationName as AllLocales<string>),
    arbitrationUrl: plain(doc.arbitrationUrl),
    moreHtml: localizedHtml(doc.more as AllLocales<never>, converters),
  }
}
