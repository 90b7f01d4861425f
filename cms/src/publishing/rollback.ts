import path from 'node:path'

import type { Payload } from 'payload'

import { siteRootDir } from '../env/sitePaths'
import { withBuildLock } from './buildLock'
import { countPages } from './countPages'
import { liveRelease, previousRelease, siteLayout, switchLive } from './releases'

/**
 * Switches the live site back to the release before the current one — no rebuild, a symlink
 * swap. The next publish builds from the database again as usual.
 */
export async function rollbackToPrevious(
  payload: Payload,
  { triggeredBy, siteRoot = siteRootDir() }: { triggeredBy?: string; siteRoot?: string } = {},
) {
  const layout = siteLayout(siteRoot)
  return withBuildLock(
    layout.root,
    async () => {
      const from = liveRelease(layout)
      const to = previousRelease(layout)
      if (!to) throw new Error('Es gibt keine frühere Fassung, zu der zurückgekehrt werden kann.')
      const started = new Date()
      await switchLive(layout, to)
      const log = await payload.create({
        collection: 'site-builds',
        data: {
          kind: 'rollback',
          status: 'succeeded',
          reason: `Zurückgesetzt auf die Fassung ${to}${from ? ` (vorher ${from})` : ''}`,
          triggeredBy,
          startedAt: started.toISOString(),
          finishedAt: new Date().toISOString(),
          durationMs: Date.now() - started.getTime(),
          pages: countPages(path.join(layout.releases, to)),
          releaseId: to,
          step: 'Live',
          progress: 100,
        },
      })
      return { from, to, logId: log.id }
    },
    10_000,
  )
}
