import type { Access } from 'payload'

/** Anonymous readers see published documents only; signed-in staff see drafts too. */
export const publishedOrSignedIn: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
