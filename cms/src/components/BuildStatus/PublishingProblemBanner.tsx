import type { Payload } from 'payload'

import { canManageContent } from '../../access/roles'
import { failedLatestBuild } from './buildStatusData'
import { formatTime } from './format'

/**
 * Above every admin page while the newest site build has failed: editors publish and move on,
 * so a failure in the background must find them, not wait to be looked up. Says that the live
 * site is untouched and where the details are. Staff who publish only (not translators).
 */
export async function PublishingProblemBanner({ payload, user }: { payload: Payload; user?: unknown }) {
  if (!canManageContent(user)) return null
  const failed = await failedLatestBuild(payload)
  if (!failed) return null
  return (
    <div
      role="status"
      data-testid="publishing-problem"
      style={{ background: '#fff5d6', borderBlockEnd: '3px solid #8a5a00', color: '#1b1b1b', padding: '0.6rem 1rem' }}
    >
      <strong>Die letzte Veröffentlichung ist fehlgeschlagen</strong> (
      {formatTime(failed.finishedAt ?? failed.startedAt)}
      {failed.reason ? `, Anlass: ${failed.reason}` : ''}). Die bisherige Website ist unverändert online; Ihre Änderung
      ist dort noch nicht zu sehen.{' '}
      <a href="/admin/veroeffentlichung" style={{ color: '#0b4f8a', textDecoration: 'underline' }}>
        Was ist passiert?
      </a>
    </div>
  )
}
