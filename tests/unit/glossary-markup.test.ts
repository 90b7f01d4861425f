import { describe, expect, test } from 'vitest'

import type { GlossaryTerm } from '@wir/shared/snapshot'

import { glossaryMarker } from '../../site/src/lib/glossary.ts'

const term = (id: string, de: string, forms: string[] = [], extra: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id,
  slug: de.toLowerCase(),
  updatedAt: '2026-01-01',
  translations: {},
  term: { de },
  forms: { de: forms },
  explanation: { de: `Erklärung zu ${de}` },
  ...extra,
})

const aufenthaltstitel = term('1', 'Aufenthaltstitel', ['Aufenthaltstitels'])
const meldebescheinigung = term('2', 'Meldebescheinigung')

describe('glossary markup', () => {
  test('should link only the first occurrence of a term on the page, across blocks', () => {
    const marker = glossaryMarker([aufenthaltstitel])
    const first = marker.mark('<p>Der Aufenthaltstitel wird verlängert. Ohne Aufenthaltstitel geht es nicht.</p>', 'de')
    const second = marker.mark('<p>Noch ein Aufenthaltstitel.</p>', 'de')
    expect(first).toBe(
      '<p>Der <a class="term" href="#term-aufenthaltstitel" aria-describedby="term-aufenthaltstitel-text">Aufenthaltstitel</a> wird verlängert. Ohne Aufenthaltstitel geht es nicht.</p>',
    )
    expect(second).toBe('<p>Noch ein Aufenthaltstitel.</p>')
    expect(marker.used().map((entry) => entry.id)).toEqual(['1'])
  })

  test('should recognise other forms and whole words only, regardless of case', () => {
    const marker = glossaryMarker([aufenthaltstitel, meldebescheinigung])
    const html = marker.mark(
      '<p>Die Verlängerung des Aufenthaltstitels braucht eine MELDEBESCHEINIGUNG, keine Meldebescheinigungskopie.</p>',
      'de',
    )
    expect(html).toContain('des <a class="term" href="#term-aufenthaltstitel"')
    expect(html).toContain('>Aufenthaltstitels</a>')
    expect(html).toContain('>MELDEBESCHEINIGUNG</a>')
    expect(html).toContain('keine Meldebescheinigungskopie')
  })

  test('should never mark inside links, headings or attributes', () => {
    const marker = glossaryMarker([meldebescheinigung])
    const html = marker.mark(
      '<h2>Meldebescheinigung</h2><p><a href="/x" title="Meldebescheinigung">Meldebescheinigung</a> und Meldebescheinigung</p>',
      'de',
    )
    expect(html).toBe(
      '<h2>Meldebescheinigung</h2><p><a href="/x" title="Meldebescheinigung">Meldebescheinigung</a> und <a class="term" href="#term-meldebescheinigung" aria-describedby="term-meldebescheinigung-text">Meldebescheinigung</a></p>',
    )
  })

  test('should match terms in the language the text is written in', () => {
    const withArabic = term('3', 'Meldebescheinigung', [], { term: { de: 'Meldebescheinigung', ar: 'شهادة التسجيل' } })
    const marker = glossaryMarker([withArabic])
    expect(marker.mark('<p>تحتاج إلى شهادة التسجيل.</p>', 'ar')).toContain(
      '<a class="term" href="#term-meldebescheinigung"',
    )
    expect(glossaryMarker([withArabic]).mark('<p>تحتاج إلى شهادة التسجيل.</p>', 'de')).not.toContain('<a')
  })
})
