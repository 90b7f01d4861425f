import type { Payload } from 'payload'

import { siteRootDir } from '../../env/sitePaths'
import { liveRelease, previousRelease, siteLayout } from '../../publishing/releases'
import type { SiteBuild } from '../../payload-types'

export type QueuedBuild = {
  id: number | string
  reason?: string | null
  triggeredBy?: string | null
  startsAt?: string | null
}

/** Everything the publishing view shows, read on the server. */
export async function readBuildStatus(payload: Payload) {
  const layout = siteLayout(siteRootDir())
  const liveId = liveRelease(layout)
  const [recent, running, failures, waiting] = await Promise.all([
    payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 10, depth: 0 }),
    payload.find({
      collection: 'site-builds',
      where: { status: { equals: 'running' } },
      sort: '-startedAt',
      limit: 5,
      depth: 0,
    }),
    payload.find({
      collection: 'site-builds',
      where: { status: { equals: 'failed' } },
      sort: '-startedAt',
      limit: 3,
      depth: 0,
    }),
    payload.find({
      collection: 'payload-jobs',
      where: {
        taskSlug: { equals: 'buildSite' },
        processing: { equals: false },
        completedAt: { exists: false },
        hasError: { not_equals: true },
      },
      sort: 'waitUntil',
      limit: 5,
      depth: 0,
    }),
  ])
  const live = liveId
    ? (
        await payload.find({
          collection: 'site-builds',
          where: { releaseId: { equals: liveId }, status: { equals: 'succeeded' } },
          sort: '-finishedAt',
          limit: 1,
          depth: 0,
        })
      ).docs[0]
    : undefined
  const queued: QueuedBuild[] = waiting.docs.map((job) => {
    const input = (job.input ?? {}) as { reason?: string; triggeredBy?: string }
    return { id: job.id, reason: input.reason, triggeredBy: input.triggeredBy, startsAt: job.waitUntil }
  })
  return {
    liveId,
    live: live as SiteBuild | undefined,
    running: running.docs as SiteBuild[],
    queued,
    failures: failures.docs as SiteBuild[],
    recent: recent.docs as SiteBuild[],
    canRollBackTo: previousRelease(layout),
  }
}

/**
 * The newest build when it failed: the last publish did not reach the site. Undefined when the
 * newest build succeeded or is still running (a retry after a failure clears the warning).
 */
export async function failedLatestBuild(payload: Payload): Promise<SiteBuild | undefined> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { kind: { equals: 'build' } },
    sort: '-startedAt',
    limit: 1,
    depth: 0,
  })
  const latest = docs[0] as SiteBuild | undefined
  return latest?.status === 'failed' ? latest : undefined
}

/** When the public site last changed: the newest build that went live. */
export async function lastSucceededBuild(payload: Payload): Promise<SiteBuild | undefined> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'succeeded' } },
    sort: '-finishedAt',
    limit: 1,
    depth: 0,
  })
  return docs[0] as SiteBuild | undefined
}
