import type { Payload } from 'payload'

import { explanationTopics } from '@wir/shared/explanations'
import type { Explanation } from '@wir/shared/snapshot'

import { localizedText, type AllLocales } from './localizedValues'

type TopicValues = { title?: AllLocales<string>; text?: AllLocales<string> } | null | undefined

/**
 * The start-page explanations, read as an anonymous visitor like every export: one entry per
 * topic of the shared table, with the locales that have text. Topics without any text are left
 * out, so an empty global changes nothing on the site.
 */
export async function exportExplanations(payload: Payload): Promise<Explanation[]> {
  const global = (await payload.findGlobal({
    slug: 'start-explanations',
    locale: 'all',
    depth: 0,
    overrideAccess: false,
  })) as unknown as Record<string, TopicValues>
  return explanationTopics.flatMap((topic) => {
    const values = global[topic.key]
    const title = localizedText(values?.title)
    const text = localizedText(values?.text)
    if (Object.keys(title).length === 0 && Object.keys(text).length === 0) return []
    return [{ key: topic.key, title, text, video: null }]
  })
}
