import type { Access } from 'payload'

import { canManageContent, isTranslatorOnly, type PortalUser } from './roles'

/**
 * Editors and admins edit everything; translators only the locales assigned to them.
 * Enforced here, on the server, for the admin UI, REST, GraphQL and the Local API with
 * overrideAccess: false alike.
 */
export const canEditLocale: Access = ({ req: { user, locale } }) => {
  if (canManageContent(user)) return true
  if (!isTranslatorOnly(user) || !locale) return false
  return Boolean((user as PortalUser).translationLocales?.includes(locale))
}
