/**
 * The Leichte Sprache rules that software can check (Netzwerk Leichte Sprache; BITV 2.0 Annex 2
 * part 2), as hints for the editor. Every rule is a heuristic: German grammar cannot be parsed
 * with patterns, and a proper name or a fixed term may be right as it is. So the panel shows
 * them as advice and never blocks saving; the checking group of readers has the last word.
 */
import { splitSentences } from './readability'

export type LeichteSpracheRule =
  | 'sentenceLength'
  | 'abbreviation'
  | 'genitive'
  | 'subjunctive'
  | 'passive'
  | 'numberWord'
  | 'longCompound'
  | 'negation'

export type LeichteSpracheHint = {
  rule: LeichteSpracheRule
  /** German label and advice for the editor. */
  label: string
  advice: string
  /** What was found: the words, or the whole sentence for sentence length. */
  matches: string[]
}

/** Leichte Sprache asks for one statement per sentence: in practice about 8 to 10 words. */
export const maxWordsLeichteSprache = 10
/** Longer words are hard to read unless the parts are joined with a hyphen ("Melde-Bescheinigung"). */
export const maxLettersWithoutHyphen = 12

const wordsOf = (sentence: string) => sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
const word = (list: string) => new RegExp(`(?<![\\p{L}])(?:${list})(?![\\p{L}])`, 'giu')

// Written with optional spaces ("z.B." and "z. B."), as editors type them.
const abbreviations =
  /(?<![\p{L}])(?:z\.\s?B\.|d\.\s?h\.|u\.\s?a\.|u\.\s?U\.|o\.\s?Ä\.|usw\.|bzw\.|ggf\.|evtl\.|inkl\.|vgl\.|ca\.|sog\.|etc\.|Nr\.|Abs\.|Str\.|Tel\.|u\.\s?v\.\s?m\.)/gu
// "des" is always genitive; other articles and pronouns only with an -s/-es noun after them.
const genitive =
  /(?<![\p{L}])(?:des\s+\p{L}+|(?:eines|dieses|jenes|meines|deines|seines|ihres|unseres|Ihres)\s+\p{L}+e?s)(?![\p{L}])/gu
const subjunctive = word(
  'würde|würden|würdest|würdet|könnte|könnten|hätte|hätten|wäre|wären|müsste|müssten|sollte|sollten|dürfte|dürften',
)
const passiveAuxiliary = word('wird|werden|wurde|wurden|worden')
// A past participle: ge…t / ge…en ("geprüft", "gegeben") or an inseparable prefix …t ("bearbeitet").
const participle = /(?<![\p{L}])(?:ge\p{L}{2,}(?:t|en)|(?:be|ver|er|ent|zer)\p{L}{2,}t)(?![\p{L}])/giu
const numberWords = word(
  'zwei|drei|vier|fünf|sechs|sieben|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend',
)
const negation = word('nicht|nichts|kein|keine|keinen|keinem|keiner|keines|nie|niemals|niemand')

const rules: Record<LeichteSpracheRule, { label: string; advice: string; find: (sentence: string) => string[] }> = {
  sentenceLength: {
    label: `Sätze mit mehr als ${maxWordsLeichteSprache} Wörtern`,
    advice: 'Eine Aussage pro Satz. Teilen Sie lange Sätze.',
    find: (sentence) => (wordsOf(sentence).length > maxWordsLeichteSprache ? [sentence] : []),
  },
  abbreviation: {
    label: 'Abkürzungen',
    advice: 'Schreiben Sie das Wort aus: „zum Beispiel“ statt „z. B.“.',
    find: (sentence) => sentence.match(abbreviations) ?? [],
  },
  genitive: {
    label: 'Genitiv (Hinweis)',
    advice: 'Schreiben Sie „von dem Amt“ statt „des Amtes“.',
    find: (sentence) => sentence.match(genitive) ?? [],
  },
  subjunctive: {
    label: 'Konjunktiv (Hinweis)',
    advice: 'Schreiben Sie direkt, was ist: „Sie können“ statt „Sie könnten“.',
    find: (sentence) => sentence.match(subjunctive) ?? [],
  },
  passive: {
    label: 'Passiv (Hinweis)',
    advice: 'Sagen Sie, wer etwas tut: „Das Amt prüft den Antrag“ statt „Der Antrag wird geprüft“.',
    find: (sentence) => {
      const auxiliary = sentence.match(passiveAuxiliary)
      const participles = sentence.match(participle)
      return auxiliary && participles ? [`${auxiliary[0]} … ${participles.at(-1)}`] : []
    },
  },
  numberWord: {
    label: 'Zahlen als Wort',
    advice: 'Schreiben Sie Zahlen als Ziffern: „3 Wochen“ statt „drei Wochen“.',
    find: (sentence) => sentence.match(numberWords) ?? [],
  },
  longCompound: {
    label: `Lange Wörter ohne Bindestrich (mehr als ${maxLettersWithoutHyphen} Buchstaben)`,
    advice: 'Trennen Sie zusammengesetzte Wörter mit Bindestrich: „Melde-Bescheinigung“.',
    find: (sentence) =>
      wordsOf(sentence).filter((w) => !/[-‐]/u.test(w) && (w.match(/\p{L}/gu) ?? []).length > maxLettersWithoutHyphen),
  },
  negation: {
    label: 'Verneinung (Hinweis)',
    advice: 'Sagen Sie es positiv, wenn es geht: „Bleiben Sie hier“ statt „Gehen Sie nicht weg“.',
    find: (sentence) => sentence.match(negation) ?? [],
  },
}

/** The rules this text breaks, each with what was found (in text order, no duplicates). */
export function leichteSpracheHints(text: string): LeichteSpracheHint[] {
  const sentences = splitSentences(text)
  return (Object.keys(rules) as LeichteSpracheRule[]).flatMap((rule) => {
    const { label, advice, find } = rules[rule]
    const matches = [...new Set(sentences.flatMap((sentence) => find(sentence).map((match) => match.trim())))]
    return matches.length > 0 ? [{ rule, label, advice, matches }] : []
  })
}
