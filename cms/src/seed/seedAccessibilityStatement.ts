import type { Payload } from 'payload'

/**
 * The one part of the accessibility statement that is a public fact of law rather than the
 * city's to decide: in Lower Saxony, readers who get no satisfactory answer can turn to the
 * arbitration service under § 9d NBGG. Its address is left to the city (not guessed here), and
 * so is everything else (status, review, contact): the site says what is still missing.
 * Idempotent: an existing statement is never touched.
 */
export const arbitrationServiceName =
  'Schlichtungsstelle nach § 9d NBGG beim Landesbeauftragten für Menschen mit Behinderungen'

export async function seedAccessibilityStatement(payload: Payload): Promise<{ created: boolean }> {
  const existing = (await payload.findGlobal({ slug: 'accessibility-statement', depth: 0 })) as {
    _status?: string | null
  }
  if (existing?._status) return { created: false }
  await payload.updateGlobal({
    slug: 'accessibility-statement',
    locale: 'de',
    data: { arbitrationName: arbitrationServiceName, _status: 'published' },
    context: { isSeed: true },
  })
  return { created: true }
}
