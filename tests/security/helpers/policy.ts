import type { SanitizedCollectionConfig } from 'payload'

/**
 * Who may do what, as README's "Roles and rights" says it, in one small table. The access matrix
 * derives every expected outcome from here and from the collection configs, so a new collection
 * is covered without touching the tests: it falls into a kind by what its config declares.
 */
export const roles = ['anonymous', 'translator', 'editor', 'admin'] as const
export type Role = (typeof roles)[number]

/** The translator's one language; the others are someone else's (de: the source, ar: RTL). */
export const translatorLocale = 'uk'
export const matrixLocales = ['de', 'uk', 'ar'] as const

export type Kind =
  /** Public documents with drafts: residents read what is published. */
  | 'content'
  /** Files staff upload (images, form PDFs): not public through the CMS, the export copies them. */
  | 'files'
  /** Accounts: admins manage them, everyone else sees and changes only themselves. */
  | 'accounts'
  /** Written only by the server (build log, form codes, scan counts): staff read, nobody writes. */
  | 'server-log'
  /** Payload's own bookkeeping (locks, preferences, jobs, migrations): never anonymous. */
  | 'internal'
  /** Messages residents send through a form (feedback): staff read and answer, only admins delete. */
  | 'inbox'
  /** Anything else (e.g. redirects): staff data that editors manage. */
  | 'staff-data'

export type Operation =
  | 'find'
  | 'findByID'
  | 'create'
  | 'update'
  | 'updateUnlocalized'
  | 'delete'
  | 'findDrafts'
  | 'findWhereDraft'
  | 'findVersions'
  | 'restoreVersion'

/**
 * What a role gets for an operation: `allowed` (the operation succeeds), `denied` (refused),
 * `published-only` (reads succeed but never show a draft), `own-only` (reads and changes only
 * reach the user's own account), `unchanged` (accepted but the value is not stored: Payload drops
 * fields a role may not write), `skip` (the operation does not exist for this kind).
 */
export type Outcome = 'allowed' | 'denied' | 'published-only' | 'own-only' | 'unchanged' | 'skip'

/** Server-written collections: named here because nothing in a config says "only hooks write this". */
const serverLogs = new Set(['form-codes', 'form-scan-counts', 'site-builds'])
/** Written only by a public form's endpoint, never through the API: named for the same reason. */
const inboxes = new Set(['feedback'])
/** Files a translator supplies for their own language (captions of a video). */
const filesPerLanguage = new Set(['video-captions'])

export function kindOf(collection: SanitizedCollectionConfig): Kind {
  if (collection.slug.startsWith('payload-')) return 'internal'
  if (serverLogs.has(collection.slug)) return 'server-log'
  if (inboxes.has(collection.slug)) return 'inbox'
  if (collection.auth) return 'accounts'
  if (collection.versions?.drafts) return 'content'
  if (collection.upload) return 'files'
  return 'staff-data'
}

const reads: Operation[] = ['find', 'findByID', 'findDrafts', 'findWhereDraft']
const writes: Operation[] = ['create', 'update', 'updateUnlocalized', 'delete']
const versionOps: Operation[] = ['findVersions', 'restoreVersion']

export function expectedOutcome(
  kind: Kind,
  role: Role,
  operation: Operation,
  locale: string,
  { translatable, slug }: { translatable: boolean; slug?: string },
): Outcome {
  if (role === 'anonymous') {
    if (kind === 'content' && reads.includes(operation)) return 'published-only'
    return 'denied'
  }
  switch (kind) {
    case 'internal':
      // Payload's own machinery: only that anonymous readers get nothing is asserted.
      return 'skip'
    case 'server-log':
      // Admins may clear scan counts; whether they may delete a log entry is no resident's concern.
      return reads.includes(operation) ? 'allowed' : role === 'admin' && operation === 'delete' ? 'skip' : 'denied'
    case 'accounts':
      if (role === 'admin') return 'allowed'
      if (operation === 'create' || operation === 'delete') return 'denied'
      return 'own-only'
    case 'inbox':
      // What a resident wrote arrives only through the form; staff handle it, admins may delete it.
      if (role === 'translator' || operation === 'create') return 'denied'
      if (operation === 'delete') return role === 'admin' ? 'allowed' : 'denied'
      return 'allowed'
    case 'content':
    case 'files': {
      if (role !== 'translator') return 'allowed'
      // Captions in the translator's own language are theirs to add and replace.
      if (slug && filesPerLanguage.has(slug) && (operation === 'create' || operation === 'update'))
        return locale === translatorLocale ? 'allowed' : 'denied'
      if (reads.includes(operation) || operation === 'findVersions') return 'allowed'
      // README: "only the languages assigned to them, and only translatable fields".
      const own = locale === translatorLocale && translatable
      if (operation === 'update') return own ? 'allowed' : 'denied'
      if (operation === 'updateUnlocalized') return own ? 'unchanged' : 'denied'
      // Restoring a version rewrites every language and the structure (issue 9, item 2a).
      return 'denied'
    }
    case 'staff-data':
      return role === 'translator' ? 'denied' : 'allowed'
  }
}

/** Drafts and versions exist only in content; a second, unlocalized change only where fields are translated. */
export function operationsFor(kind: Kind): Operation[] {
  if (kind === 'content') return [...reads, ...writes, ...versionOps]
  if (kind === 'files') return ['find', 'findByID', ...writes]
  return ['find', 'findByID', 'create', 'update', 'delete']
}
