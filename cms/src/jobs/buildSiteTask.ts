import type { TaskConfig } from 'payload'

import { runSiteBuild } from '../publishing/runSiteBuild'

export const siteBuildQueue = 'site-build'

/**
 * The queued site build. One concurrency key for all builds: a running build is never joined
 * by a second one (exclusive), and a newly queued build replaces the ones still waiting
 * (supersedes) — together with the short delay every build waits before it starts, ten quick
 * publishes end in one build, or two when the first was already running.
 */
export const buildSiteTask: TaskConfig<{
  input: { reason?: string; triggeredBy?: string }
  output: { releaseId: string; pages: number }
}> = {
  slug: 'buildSite',
  label: 'Website neu erzeugen',
  retries: 0,
  concurrency: { key: () => 'site-build', exclusive: true, supersedes: true },
  inputSchema: [
    { name: 'reason', type: 'text' },
    { name: 'triggeredBy', type: 'text' },
  ],
  outputSchema: [
    { name: 'releaseId', type: 'text' },
    { name: 'pages', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const result = await runSiteBuild(req.payload, {
      reason: input?.reason ?? undefined,
      triggeredBy: input?.triggeredBy ?? undefined,
    })
    if (result.status === 'failed') throw new Error(result.error)
    return { output: { releaseId: result.releaseId, pages: result.pages ?? 0 } }
  },
}
