import slugifyLib from '@sindresorhus/slugify'

const maxLength = 70

/**
 * Unicode-aware slugs: German umlauts become ae/oe/ue/ss, other scripts are transliterated
 * (Payload's default strips them and falls back to "posts-1"). Long titles are cut at a word
 * boundary so URLs stay shareable.
 */
export function slugify(text: string): string {
  const full = slugifyLib(text, { locale: 'de', customReplacements: [['&', ' und ']] })
  if (full.length <= maxLength) return full
  const cut = full.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : full.slice(0, maxLength)).replace(/-+$/, '')
}
