import type { Access } from 'payload'

import { canManageContent } from './roles'

/** Editors and admins manage content in every locale. */
export const isEditor: Access = ({ req: { user } }) => canManageContent(user)
