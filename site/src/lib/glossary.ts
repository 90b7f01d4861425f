/**
 * Jargon explained where it appears: the first occurrence of each glossary term on a page is
 * linked to its explanation (in the reader's language) in a "terms on this page" list below the
 * content. Plain links and a definition list: works with keyboard, screen readers
 * (aria-describedby reads the explanation) and without JavaScript.
 */
import type { GlossaryTerm } from '@wir/shared/snapshot'

const skipInside = /^(a|h[1-6]|code|pre|dfn|abbr)$/i
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const termAnchor = (term: GlossaryTerm) => `term-${term.slug}`

export type GlossaryMarker = {
  /** Marks the first not yet explained term occurrences in an HTML fragment written in `textLocale`. */
  mark: (html: string, textLocale: string) => string
  /** Terms marked so far on this page, in order of appearance. */
  used: () => GlossaryTerm[]
}

export function glossaryMarker(terms: readonly GlossaryTerm[]): GlossaryMarker {
  const used = new Map<string, GlossaryTerm>()
  const patterns = new Map<string, { regex: RegExp; byForm: Map<string, GlossaryTerm> } | null>()

  const patternFor = (locale: string) => {
    if (!patterns.has(locale)) {
      const byForm = new Map<string, GlossaryTerm>()
      for (const term of terms) {
        for (const form of [term.term[locale], ...(term.forms[locale] ?? [])])
          if (form?.trim()) byForm.set(form.trim().toLocaleLowerCase(), term)
      }
      const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
      patterns.set(
        locale,
        forms.length
          ? { regex: new RegExp(`(?<![\\p{L}\\p{N}])(${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), byForm }
          : null,
      )
    }
    return patterns.get(locale)
  }

  const mark = (html: string, textLocale: string) => {
    const pattern = patternFor(textLocale)
    if (!pattern) return html
    let skipDepth = 0
    return html
      .split(/(<[^>]+>)/)
      .map((part) => {
        const tag = /^<(\/?)([a-z0-9]+)/i.exec(part)
        if (tag) {
          if (skipInside.test(tag[2]!)) skipDepth += tag[1] ? -1 : 1
          return part
        }
        if (skipDepth > 0 || !part.trim()) return part
        return part.replace(pattern.regex, (match) => {
          const term = pattern.byForm.get(match.toLocaleLowerCase())
          if (!term || used.has(term.id)) return match
          used.set(term.id, term)
          const anchor = termAnchor(term)
          return `<a class="term" href="#${anchor}" aria-describedby="${anchor}-text">${match}</a>`
        })
      })
      .join('')
  }
  return { mark, used: () => [...used.values()] }
}
