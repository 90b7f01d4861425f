import type { Payload, PayloadRequest } from 'payload'

import { siteBuildQueue } from './buildSiteTask'

/** How long a queued build waits for further changes before it starts (WIR_BUILD_DELAY_MS). */
export function buildDelayMs(): number {
  const configured = Number(process.env.WIR_BUILD_DELAY_MS)
  return Number.isFinite(configured) && configured >= 0 ? configured : 3000
}

/** Queues a site build; a build still waiting is replaced (see buildSiteTask). */
export async function queueSiteBuild(
  payload: Payload,
  input: { reason: string; triggeredBy?: string },
  req?: PayloadRequest,
) {
  return payload.jobs.queue({
    task: 'buildSite',
    queue: siteBuildQueue,
    input,
    waitUntil: new Date(Date.now() + buildDelayMs()),
    req,
  } as Parameters<Payload['jobs']['queue']>[0])
}
