import type { Payload } from 'payload'

import { siteRootDir } from '../env/sitePaths'
import { isBuildLockHeld } from '../publishing/buildLock'

/**
 * A CMS stopped in the middle of a build (restart, crash, deploy) leaves its job marked as
 * processing — and since builds are exclusive, that would block every later build for good.
 * No live process holds the build lock, so nothing is really building: such jobs are marked
 * failed and their log entries say what happened. Jobs claimed in the last 30 s are left
 * alone (claimed, but not yet holding the lock).
 */
export async function recoverInterruptedBuilds(payload: Payload, siteRoot = siteRootDir()): Promise<number> {
  if (isBuildLockHeld(siteRoot)) return 0
  const before = new Date(Date.now() - 30_000).toISOString()
  const stuck = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'buildSite' }, processing: { equals: true }, updatedAt: { less_than: before } },
    limit: 100,
    depth: 0,
  })
  for (const job of stuck.docs) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: {
        processing: false,
        hasError: true,
        error: { message: 'Abgebrochen: Das Redaktionssystem wurde während der Erzeugung beendet.' },
      },
    })
  }
  const running = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'running' }, startedAt: { less_than: before } },
    limit: 100,
    depth: 0,
  })
  for (const build of running.docs) {
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: {
        status: 'failed',
        finishedAt: new Date().toISOString(),
        error:
          'Abgebrochen: Das Redaktionssystem wurde während der Erzeugung beendet. Die bisherige Website ist unverändert online; die nächste Veröffentlichung erzeugt sie neu.',
      },
    })
  }
  if (stuck.totalDocs || running.totalDocs)
    payload.logger.warn(`Recovered ${stuck.totalDocs} interrupted build job(s) and ${running.totalDocs} log entries.`)
  return stuck.totalDocs
}
