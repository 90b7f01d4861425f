import type { TaskConfig } from 'payload'

import { retentionCutoff } from '../feedback/retention'

/**
 * Deletes feedback older than WIR_FEEDBACK_RETENTION_DAYS (default 365), once a day on the
 * default queue: personal data is kept no longer than the privacy notice says.
 */
export const deleteExpiredFeedbackTask: TaskConfig<{ input: Record<string, never>; output: { deleted: number } }> = {
  slug: 'deleteExpiredFeedback',
  label: 'Alte Rückmeldungen löschen',
  retries: 0,
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => {
    const result = await req.payload.delete({
      collection: 'feedback',
      where: { createdAt: { less_than: retentionCutoff().toISOString() } },
      overrideAccess: true,
    })
    return { output: { deleted: result.docs.length } }
  },
}
