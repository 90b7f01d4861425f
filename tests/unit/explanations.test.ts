import { describe, expect, test } from 'vitest'

import { explanationTopics } from '@wir/shared/explanations'

import { explanationsDraft } from '../../cms/src/seed/explanationsDraft'
import { leichteSpracheHints } from '../../cms/src/translation/leichteSprache'
import { textBlocks } from '../../site/src/lib/explanations.ts'

describe('start-page explanations', () => {
  test('should turn one sentence per line, blank lines and bullets into paragraphs and lists', () => {
    expect(textBlocks('Das ist ein Satz.\nNoch ein Satz.\n\nSie finden:\n• Themen\n• Ämter\nDas ist alles.')).toEqual([
      { kind: 'lines', lines: ['Das ist ein Satz.', 'Noch ein Satz.'] },
      { kind: 'lines', lines: ['Sie finden:'] },
      { kind: 'list', items: ['Themen', 'Ämter'] },
      { kind: 'lines', lines: ['Das ist alles.'] },
    ])
  })

  test('should have a Leichte Sprache draft for every topic that keeps sentences short and uses no abbreviations', () => {
    for (const topic of explanationTopics) {
      const draft = explanationsDraft[topic.key]
      expect(draft.title.trim(), topic.key).not.toBe('')
      const rules = leichteSpracheHints(draft.text.replace(/^•\s*/gmu, '')).map((hint) => hint.rule)
      expect(rules, topic.key).not.toContain('sentenceLength')
      expect(rules, topic.key).not.toContain('abbreviation')
      expect(rules, topic.key).not.toContain('longCompound')
    }
  })
})
