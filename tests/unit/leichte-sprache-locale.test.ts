import { describe, expect, test } from 'vitest'

import { getLocale } from '@wir/shared/locales'
import { resolveLocalized } from '@wir/shared/localized'

import { languageName, t } from '../../site/src/i18n/index.ts'

describe('Leichte Sprache pages', () => {
  test('should show Einfache Sprache before German when a text is missing in Leichte Sprache', () => {
    const texts = { de: 'Deutscher Text', 'de-x-simple': 'Text in Einfacher Sprache', en: 'English text' }
    expect(resolveLocalized(texts, 'de-x-ls')).toMatchObject({ locale: 'de-x-simple', isFallback: true })
    expect(resolveLocalized({ de: 'Deutscher Text' }, 'de-x-ls')).toMatchObject({ locale: 'de', isFallback: true })
    expect(resolveLocalized({ 'de-x-ls': 'Leicht' }, 'de-x-ls')).toMatchObject({ isFallback: false })
  })

  test('should name the variant in the notice, not just "Deutsch"', () => {
    const reader = getLocale('de-x-ls')
    expect(languageName(reader, getLocale('de-x-simple'))).toEqual({ name: 'Einfache Sprache' })
    expect(languageName(reader, getLocale('de'))).toEqual({ name: 'Deutsch' })
    expect(t('de-x-ls', 'fallback.notice', { language: 'Einfache Sprache' })).toBe(
      'Diesen Text gibt es noch nicht in Leichter Sprache. Hier steht der Text in dieser Sprache: Einfache Sprache.',
    )
  })
})
