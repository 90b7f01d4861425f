'use client'
import { useAllFormFields, useLocale } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'

import { leichteSpracheHints, maxWordsLeichteSprache } from '../translation/leichteSprache'
import { readability, unexplainedTerms } from '../translation/readability'

type Node = { type?: string; text?: string; children?: Node[] }

/** Text of the form's current values: strings and rich text, as the editor types. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'root' in value) {
    const blocks: string[] = []
    const walk = (node: Node, out: string[]) => {
      if (node.type === 'text') out.push(node.text ?? '')
      for (const child of node.children ?? []) walk(child, out)
    }
    for (const block of (value as { root: Node }).root.children ?? []) {
      const out: string[] = []
      walk(block, out)
      blocks.push(out.join(''))
    }
    return blocks.join('\n')
  }
  return ''
}

const skipped = /^(slug|adminTitle|key|translation|meta|_status|generateSlug|code|variants)/

/**
 * Advisory readability figures for German and plain German: Flesch (Amstad), sentence length,
 * too long sentences and glossary terms still without an explanation in this language; for
 * Leichte Sprache also the rules software can check (`leichteSprache.ts`), as hints only.
 */
export function ReadabilityPanel() {
  const locale = useLocale()
  const [fields] = useAllFormFields()
  const isLeichteSprache = locale.code === 'de-x-ls'
  const isPlain = locale.code === 'de-x-simple' || isLeichteSprache
  const maxWords = isLeichteSprache ? maxWordsLeichteSprache : isPlain ? 12 : 20
  const [terms, setTerms] = useState<{ term: string; explanation?: string | null }[]>([])

  useEffect(() => {
    if (locale.code !== 'de' && !isPlain) return
    void fetch(`/api/glossary?limit=500&depth=0&locale=${locale.code}&fallback-locale=none`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((result: { docs: { term?: string; explanation?: string | null }[] }) =>
        setTerms(
          result.docs.filter((doc) => doc.term).map((doc) => ({ term: doc.term!, explanation: doc.explanation })),
        ),
      )
  }, [locale.code, isPlain])

  const text = useMemo(
    () =>
      Object.entries(fields)
        .filter(([path]) => !skipped.test(path))
        .map(([, field]) => textOf(field.value))
        .filter(Boolean)
        .join('\n'),
    [fields],
  )
  if (locale.code !== 'de' && !isPlain) return null
  const result = readability(text, { maxWordsPerSentence: maxWords })
  // Long sentences are listed above already, with the Leichte Sprache limit.
  const hints = isLeichteSprache ? leichteSpracheHints(text).filter((hint) => hint.rule !== 'sentenceLength') : []
  const missing = unexplainedTerms(text, terms)
  if (!result) return null
  return (
    <section aria-labelledby="readability-heading" style={{ marginBlock: '1rem', fontSize: '0.9rem' }}>
      <h3 id="readability-heading">Lesbarkeit (Hinweis)</h3>
      <p>
        Lesbarkeitswert <strong data-score={result.score}>{result.score}</strong> von 100 ({result.level}) ·{' '}
        {result.wordsPerSentence} Wörter je Satz · {result.syllablesPerWord} Silben je Wort
      </p>
      {result.longSentences.length > 0 && (
        <details>
          <summary>
            {result.longSentences.length} lange Sätze (mehr als {maxWords} Wörter)
          </summary>
          <ul>
            {result.longSentences.slice(0, 10).map((sentence, index) => (
              <li key={index} lang="de">
                {sentence}
              </li>
            ))}
          </ul>
        </details>
      )}
      {isLeichteSprache && (
        <section aria-labelledby="leichte-sprache-heading">
          <h4 id="leichte-sprache-heading">Regeln für Leichte Sprache (Hinweise, kein Fehler)</h4>
          {hints.length === 0 ? (
            <p>Keine Hinweise. Die Prüfgruppe für Leichte Sprache prüft den Text trotzdem.</p>
          ) : (
            hints.map((hint) => (
              <details key={hint.rule} data-rule={hint.rule}>
                <summary>
                  {hint.label}: {hint.matches.length}
                </summary>
                <p>{hint.advice}</p>
                <ul>
                  {hint.matches.slice(0, 10).map((match) => (
                    <li key={match} lang="de">
                      {match}
                    </li>
                  ))}
                </ul>
              </details>
            ))
          )}
        </section>
      )}
      {missing.length > 0 && <p>Begriffe ohne Erklärung im Glossar für diese Sprache: {missing.join(', ')}</p>}
    </section>
  )
}
