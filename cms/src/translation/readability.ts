/**
 * Readability help for German and plain German text: Flesch reading ease adapted to German
 * (Amstad: 180 − words per sentence − 58.5 × syllables per word), sentence and word length,
 * and the sentences that are too long. Advisory only; it never blocks saving.
 */
export type Readability = {
  score: number
  sentences: number
  words: number
  wordsPerSentence: number
  syllablesPerWord: number
  longSentences: string[]
  /** A word label for the score, as editors know it from the Amstad scale. */
  level: 'sehr leicht' | 'leicht' | 'mittel' | 'schwer' | 'sehr schwer'
}

const vowelGroups = /(?:äu|eu|ei|ai|au|ie|ee|aa|oo|[aeiouyäöü])/giu

export function countSyllables(word: string): number {
  return Math.max(1, (word.toLowerCase().match(vowelGroups) ?? []).length)
}

export function splitSentences(text: string): string[] {
  return text
    .replace(/(?<![\p{L}])(\p{L}|bzw|ca|ggf|usw|vgl|Nr|Dr|Abs|evtl|inkl|sog)\.(?=\s)/giu, '$1∙')
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => sentence.replace(/∙/g, '.').trim())
    .filter((sentence) => /\p{L}/u.test(sentence))
}

const wordsOf = (sentence: string) => sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []

export function readability(
  text: string,
  { maxWordsPerSentence = 20 }: { maxWordsPerSentence?: number } = {},
): Readability | undefined {
  const sentences = splitSentences(text)
  const words = sentences.flatMap(wordsOf)
  if (sentences.length === 0 || words.length === 0) return undefined
  const wordsPerSentence = words.length / sentences.length
  const syllablesPerWord = words.reduce((sum, word) => sum + countSyllables(word), 0) / words.length
  const score = Math.round(Math.min(100, Math.max(0, 180 - wordsPerSentence - 58.5 * syllablesPerWord)))
  const level =
    score >= 80
      ? 'sehr leicht'
      : score >= 60
        ? 'leicht'
        : score >= 40
          ? 'mittel'
          : score >= 20
            ? 'schwer'
            : 'sehr schwer'
  return {
    score,
    sentences: sentences.length,
    words: words.length,
    wordsPerSentence: Math.round(wordsPerSentence * 10) / 10,
    syllablesPerWord: Math.round(syllablesPerWord * 100) / 100,
    longSentences: sentences.filter((sentence) => wordsOf(sentence).length > maxWordsPerSentence),
    level,
  }
}

/** Glossary terms that occur in the text but have no explanation in this language yet. */
export function unexplainedTerms(
  text: string,
  terms: readonly { term: string; explanation?: string | null }[],
): string[] {
  const lower = text.toLocaleLowerCase('de')
  return terms
    .filter((entry) => !entry.explanation?.trim() && entry.term && lower.includes(entry.term.toLocaleLowerCase('de')))
    .map((entry) => entry.term)
}
