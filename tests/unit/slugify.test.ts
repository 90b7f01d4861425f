import { describe, expect, test } from 'vitest'

import { slugify } from '@wir/shared/slugify'

describe('slugify', () => {
  test('should transliterate German umlauts and ß instead of dropping them', () => {
    expect(slugify('Grußwort')).toBe('grusswort')
    expect(slugify('Café Pläne')).toBe('cafe-plaene')
    expect(slugify('Stadtverwaltung und interkulturelle Öffnung')).toBe('stadtverwaltung-und-interkulturelle-oeffnung')
  })

  test('should write & as "und"', () => {
    expect(slugify('Arbeit & Ausbildung')).toBe('arbeit-und-ausbildung')
  })

  test('should never return an empty slug for Arabic, Farsi or Cyrillic titles', () => {
    for (const title of ['مرحبا بالعالم', 'خوش آمدید', 'Привет мир', 'Ласкаво просимо']) {
      const slug = slugify(title)
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  test('should keep office codes readable', () => {
    expect(slugify('15.3')).toBe('15-3')
    expect(slugify('51 F')).toBe('51-f')
  })

  test('should cut long titles at a word boundary', () => {
    const slug = slugify(
      'Expansion of municipal advisory structures with regard to initial school counselling and school inclusion',
    )
    expect(slug.length).toBeLessThanOrEqual(70)
    expect(slug).toBe('expansion-of-municipal-advisory-structures-with-regard-to-initial')
  })
})
