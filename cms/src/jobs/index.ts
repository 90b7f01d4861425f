import type { JobsConfig } from 'payload'

import { canManageContent, hasRole } from '../access/roles'
import { buildSiteTask, siteBuildQueue } from './buildSiteTask'
import { deleteExpiredFeedbackTask } from './deleteExpiredFeedbackTask'
import { recoverInterruptedBuilds } from './recoverInterruptedBuilds'

/**
 * Which process runs queued jobs: the CMS server (Next sets NEXT_RUNTIME) unless
 * WIR_RUN_JOBS=0; any other process (CLI, tests) only when WIR_RUN_JOBS=1. One runner per
 * database is enough; a second one is safe (builds are exclusive) but pointless.
 */
export function runsJobs(): boolean {
  if (process.env.WIR_RUN_JOBS === '0') return false
  // Written out in full: Next replaces process.env.NEXT_RUNTIME in its server bundle.
  return process.env.WIR_RUN_JOBS === '1' || Boolean(process.env.NEXT_RUNTIME)
}

export const jobs: JobsConfig = {
  enableConcurrencyControl: true,
  tasks: [buildSiteTask, deleteExpiredFeedbackTask],
  // Over HTTP; the server's own hooks queue through the Local API.
  access: {
    queue: ({ req: { user } }) => canManageContent(user),
    run: ({ req: { user } }) => hasRole(user, 'admin'),
    cancel: ({ req: { user } }) => hasRole(user, 'admin'),
  },
  // Two crons, because a cron tick waits for its jobs: a 30-second build must not hold up a
  // scheduled publish (queue "default"), which in turn queues the build that follows it.
  // Before every tick: free the queue from builds a stopped CMS left behind (see the function).
  shouldAutoRun: async (payload) => {
    await recoverInterruptedBuilds(payload).catch((error: Error) =>
      payload.logger.error(`Recovering interrupted builds failed: ${error.message}`),
    )
    return true
  },
  autoRun: () =>
    runsJobs()
      ? [
          { cron: '*/2 * * * * *', queue: siteBuildQueue, limit: 1 },
          { cron: '*/10 * * * * *', queue: 'default', limit: 10 },
        ]
      : [],
}
