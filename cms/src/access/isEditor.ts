import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins manage content in every locale. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin') || hasRole(user, 'editor')
