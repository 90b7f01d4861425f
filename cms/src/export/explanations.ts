import type { Payload } from 'payload'

import { explanationTopics } from '@wir/shared/explanations'
import type { Explanation } from '@wir/shared/snapshot'

import { localizedText, type AllLocales } from './localizedValues'
import { videoExporter, type VideoFileCopy } from './videos'

type TopicValues = { title?: AllLocales<string>; text?: AllLocales<string>; video?: unknown } | null | undefined

/**
 * The start-page explanations, read as an anonymous visitor like every export: one entry per
 * topic of the shared table, with the locales that have text and the topic's sign-language
 * video. Topics with neither are left out, so an empty global changes nothing on the site.
 */
export async function exportExplanations(
  payload: Payload,
): Promise<{ explanations: Explanation[]; copies: VideoFileCopy[] }> {
  const global = (await payload.findGlobal({
    slug: 'start-explanations',
    locale: 'all',
    depth: 0,
    overrideAccess: false,
  })) as unknown as Record<string, TopicValues>
  const videos = videoExporter(payload)
  const explanations: Explanation[] = []
  for (const topic of explanationTopics) {
    const values = global[topic.key]
    const title = localizedText(values?.title)
    const text = localizedText(values?.text)
    const video = await videos.video(values?.video)
    if (Object.keys(title).length === 0 && Object.keys(text).length === 0 && !video) continue
    explanations.push({ key: topic.key, title, text, video })
  }
  return { explanations, copies: videos.copies() }
}
