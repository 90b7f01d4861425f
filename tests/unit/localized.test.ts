import { describe, expect, test } from 'vitest'

import { resolveLocalized } from '@wir/shared/localized'

describe('resolveLocalized', () => {
  test('should return the text of the requested locale when it exists', () => {
    expect(resolveLocalized({ de: 'Bildung', en: 'Education' }, 'en')).toEqual({
      value: 'Education',
      locale: 'en',
      isFallback: false,
    })
  })

  test('should fall back along the chain and say which language the text is in', () => {
    expect(resolveLocalized({ de: 'Bildung', en: 'Education' }, 'ar')).toEqual({
      value: 'Bildung',
      locale: 'de',
      isFallback: true,
    })
    expect(resolveLocalized({ en: 'Education' }, 'tr')).toEqual({ value: 'Education', locale: 'en', isFallback: true })
  })

  test('should treat empty strings as missing', () => {
    expect(resolveLocalized({ ar: '', de: 'Bildung' }, 'ar')?.locale).toBe('de')
  })

  test('should return undefined when no language in the chain has the text', () => {
    expect(resolveLocalized({ fr: 'Éducation' }, 'ar')).toBeUndefined()
    expect(resolveLocalized(undefined, 'de')).toBeUndefined()
  })
})
