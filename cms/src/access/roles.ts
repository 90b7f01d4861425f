export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

export type PortalUser = {
  id: number | string
  roles?: Role[] | null
  translationLocales?: string[] | null
}

export function hasRole(user: unknown, role: Role): boolean {
  return Boolean((user as PortalUser | null | undefined)?.roles?.includes(role))
}

/**
 * Admins and editors manage all content in every locale (publish, preview, queue builds, see
 * every translation task); the one place that says who they are.
 */
export function canManageContent(user: unknown): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'editor')
}

/** Translators only: editors and admins may edit every locale. */
export function isTranslatorOnly(user: unknown): boolean {
  return hasRole(user, 'translator') && !canManageContent(user)
}
