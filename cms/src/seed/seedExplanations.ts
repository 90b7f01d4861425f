import type { Payload } from 'payload'

import { explanationsLocale, explanationTopics } from '@wir/shared/explanations'

import { explanationsDraft } from './explanationsDraft'

/**
 * Fills the start-page explanations with the Leichte Sprache draft, once: a global that already
 * has a Leichte Sprache title is the editors' and stays untouched. Marked "Entwurf" (reviewStatus).
 */
export async function seedExplanations(payload: Payload): Promise<{ created: boolean }> {
  const current = await payload.findGlobal({ slug: 'start-explanations', locale: explanationsLocale, depth: 0 })
  if (explanationTopics.some((topic) => current[topic.key]?.title)) return { created: false }
  await payload.updateGlobal({
    slug: 'start-explanations',
    locale: explanationsLocale,
    context: { isSeed: true },
    data: {
      reviewStatus: 'draft',
      ...Object.fromEntries(explanationTopics.map((topic) => [topic.key, explanationsDraft[topic.key]])),
    },
  })
  return { created: true }
}
