import type { Payload } from 'payload'

/**
 * The smallest published strategy a site build needs: a field of action, an office and a measure
 * of that field handled by that office (German, created as the seed does, so no build is queued).
 */
export async function createPublishedMeasure(payload: Payload): Promise<{ measureId: number | string }> {
  const context = { isSeed: true }
  const field = await payload.create({
    collection: 'fields-of-action',
    locale: 'de',
    context,
    data: { name: 'Bildung', slug: 'bildung', order: 1, _status: 'published' } as never,
  })
  const office = await payload.create({
    collection: 'offices',
    locale: 'de',
    context,
    data: { code: '40.13', name: 'Bildungsbüro', slug: '40-13', _status: 'published' } as never,
  })
  const measure = await payload.create({
    collection: 'measures',
    locale: 'de',
    context,
    data: {
      title: 'Sprachcafé',
      slug: 'sprachcafe',
      generateSlug: false,
      fieldOfAction: field.id,
      offices: [office.id],
      kind: 'measure',
      number: 1,
      order: 1,
      _status: 'published',
    } as never,
  })
  return { measureId: measure.id }
}
