import { describe, expect, test } from 'vitest'

import { leichteSpracheHints, type LeichteSpracheRule } from '../../cms/src/translation/leichteSprache'

const found = (text: string, rule: LeichteSpracheRule) =>
  leichteSpracheHints(text).find((hint) => hint.rule === rule)?.matches ?? []

describe('Leichte Sprache hints for editors', () => {
  test('should find nothing in a text that follows the rules', () => {
    expect(
      leichteSpracheHints('Sie ziehen um. Dann gehen Sie zum Amt. Sie brauchen eine Melde-Bescheinigung.'),
    ).toEqual([])
  })

  test('should name sentences longer than 10 words and leave short ones alone', () => {
    const long = 'Wenn Sie nach Hannover ziehen, müssen Sie sich innerhalb von 2 Wochen beim Bürgeramt anmelden.'
    expect(found(`${long} Das ist wichtig.`, 'sentenceLength')).toEqual([long])
  })

  test('should find abbreviations with and without spaces', () => {
    expect(
      found('Bringen Sie z. B. Ihren Pass mit. Oder z.B. den Ausweis usw. Das geht bzw. muss.', 'abbreviation'),
    ).toEqual(['z. B.', 'z.B.', 'usw.', 'bzw.'])
  })

  test('should hint at the genitive after "des" and before an -s noun', () => {
    expect(found('Das ist die Aufgabe des Amtes.', 'genitive')).toEqual(['des Amtes'])
    expect(found('Sie brauchen die Kopie Ihres Passes.', 'genitive')).toEqual(['Ihres Passes'])
    expect(found('Sie gehen zu dem Amt.', 'genitive')).toEqual([])
  })

  test('should hint at the subjunctive', () => {
    expect(found('Sie könnten das Formular abgeben. Das wäre gut.', 'subjunctive')).toEqual(['könnten', 'wäre'])
    expect(found('Sie können das Formular abgeben.', 'subjunctive')).toEqual([])
  })

  test('should hint at the passive: a form of "werden" with a past participle', () => {
    expect(found('Der Antrag wird geprüft.', 'passive')).toEqual(['wird … geprüft'])
    expect(found('Der Antrag wurde bearbeitet.', 'passive')).toEqual(['wurde … bearbeitet'])
    expect(found('Das Amt prüft den Antrag.', 'passive')).toEqual([])
  })

  test('should ask for digits instead of number words', () => {
    expect(found('Das dauert drei Wochen. Sie brauchen zwei Fotos.', 'numberWord')).toEqual(['drei', 'zwei'])
    expect(found('Das dauert 3 Wochen. Sie brauchen ein Foto.', 'numberWord')).toEqual([])
  })

  test('should suggest a hyphen in long compounds', () => {
    expect(found('Sie brauchen eine Meldebescheinigung.', 'longCompound')).toEqual(['Meldebescheinigung'])
    expect(found('Sie brauchen eine Melde-Bescheinigung.', 'longCompound')).toEqual([])
  })

  test('should hint at negation', () => {
    expect(found('Gehen Sie nicht weg. Sie brauchen keinen Termin.', 'negation')).toEqual(['nicht', 'keinen'])
  })

  test('should give every hint a German label and advice', () => {
    const hints = leichteSpracheHints('Die Bearbeitungszeit des Antrags würde nicht drei Tage dauern, usw.')
    expect(hints.map((hint) => hint.rule).sort()).toEqual(
      ['abbreviation', 'genitive', 'longCompound', 'negation', 'numberWord', 'subjunctive'].sort(),
    )
    for (const hint of hints) {
      expect(hint.label).toMatch(/\p{L}/u)
      expect(hint.advice).toMatch(/Sie/)
    }
  })
})
