import { describe, expect, test } from 'vitest'

import { countSyllables, readability, splitSentences, unexplainedTerms } from '../../cms/src/translation/readability'

describe('readability (German Flesch after Amstad)', () => {
  test('should count German syllables with diphthongs as one', () => {
    expect(countSyllables('Haus')).toBe(1)
    expect(countSyllables('Meldebescheinigung')).toBe(6)
    expect(countSyllables('Aufenthaltstitel')).toBe(5)
  })

  test('should not split sentences at common abbreviations', () => {
    expect(splitSentences('Bringen Sie z. B. Ihren Pass mit. Dann geht es schnell.')).toEqual([
      'Bringen Sie z. B. Ihren Pass mit.',
      'Dann geht es schnell.',
    ])
  })

  test('should rate plain short sentences as easier than official long ones', () => {
    const plain = readability('Sie ziehen um. Dann melden Sie sich an. Das ist wichtig.')!
    const official = readability(
      'Die Verpflichtung zur Anmeldung der Wohnung bei der zuständigen Meldebehörde besteht innerhalb von zwei Wochen nach dem Bezug der Wohnung, wobei die Vorlage einer Wohnungsgeberbestätigung erforderlich ist.',
    )!
    expect(plain.score).toBeGreaterThan(official.score)
    expect(plain.level).toMatch(/leicht/)
    expect(official.longSentences).toHaveLength(1)
    expect(plain.longSentences).toHaveLength(0)
  })

  test('should return nothing for empty text and flag glossary terms without explanation', () => {
    expect(readability('   ')).toBeUndefined()
    expect(
      unexplainedTerms('Sie brauchen eine Meldebescheinigung.', [
        { term: 'Meldebescheinigung', explanation: '' },
        { term: 'Aufenthaltstitel', explanation: '' },
      ]),
    ).toEqual(['Meldebescheinigung'])
  })
})
