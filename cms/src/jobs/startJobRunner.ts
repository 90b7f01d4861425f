import { getPayload } from 'payload'

import config from '../payload.config'
import { runsJobs } from '.'

/**
 * Starts Payload with its job crons in this process (jobs.autoRun), if this process runs jobs.
 * A failure is logged, not thrown: the server still starts, and Payload tries again with the
 * first admin page, which starts the crons as well.
 */
export async function startJobRunner(): Promise<void> {
  if (!runsJobs()) return
  try {
    await getPayload({ config, cron: true })
  } catch (error) {
    console.error(
      `Payload did not start with the server, so the job queue waits for the first admin page: ${(error as Error).message}`,
    )
  }
}
