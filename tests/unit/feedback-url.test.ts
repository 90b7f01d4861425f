import { describe, expect, test } from 'vitest'

import { feedbackFormUrl, feedbackUrl } from '@wir/shared/feedback'

describe('the feedback form address every footer links to', () => {
  test('should be the CMS endpoint, also when CMS_URL is left at its default', () => {
    expect(feedbackUrl({ CMS_URL: 'https://redaktion.example/' })).toBe('https://redaktion.example/api/rueckmeldung')
    expect(feedbackUrl({})).toBe('http://localhost:3000/api/rueckmeldung')
    expect(feedbackUrl({ CMS_PORT: '3465' })).toBe('http://localhost:3465/api/rueckmeldung')
    expect(feedbackUrl({ CMS_URL: 'https://x.example', WIR_FEEDBACK_URL: '' })).toBe('')
  })

  test("should carry the reader's language and the page they came from, encoded", () => {
    expect(feedbackFormUrl('https://c.example/api/rueckmeldung', 'ar', '/ar/massnahmen/a b/')).toBe(
      'https://c.example/api/rueckmeldung?sprache=ar&seite=%2Far%2Fmassnahmen%2Fa+b%2F',
    )
    expect(feedbackFormUrl('https://c.example/api/rueckmeldung', 'de')).toBe(
      'https://c.example/api/rueckmeldung?sprache=de',
    )
  })
})
