/**
 * The four explanations BITV 2.0 §4 asks the start page to give in Leichte Sprache and in German
 * Sign Language (DGS): what the site contains, how to find one's way, the main points of the
 * accessibility statement, and where more Leichte Sprache / DGS offers are. One row per topic:
 * the CMS global's fields, the snapshot and both site pages derive from this table.
 */
export const explanationTopics = [
  { key: 'content', adminLabel: 'Was steht auf der Website?' },
  { key: 'navigation', adminLabel: 'Wie finde ich mich auf der Website zurecht?' },
  { key: 'accessibility', adminLabel: 'Das Wichtigste aus der Erklärung zur Barrierefreiheit' },
  { key: 'moreOffers', adminLabel: 'Wo gibt es mehr in Leichter Sprache und Gebärdensprache?' },
] as const

export type ExplanationTopic = (typeof explanationTopics)[number]['key']
export const explanationTopicKeys = explanationTopics.map((topic) => topic.key) as [
  ExplanationTopic,
  ...ExplanationTopic[],
]

/** The locale the explanations are written in (the one that matters; others fall back to it). */
export const explanationsLocale = 'de-x-ls'
