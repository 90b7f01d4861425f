import { describe, expect, test } from 'vitest'

import { parseSnapshot, type SnapshotInput } from '@wir/shared/snapshot'

function validSnapshot(): SnapshotInput & Required<Pick<SnapshotInput, 'forms'>> {
  const updatedAt = '2026-01-01T00:00:00.000Z'
  return {
    schemaVersion: 1,
    generatedAt: updatedAt,
    fieldsOfAction: [
      {
        id: '1',
        slug: 'bildung',
        updatedAt,
        order: 1,
        crossCutting: false,
        name: { de: 'Bildung', en: 'Education' },
        introHtml: {},
        subtopics: [],
        focusAreas: [],
        appearsIn: [],
      },
    ],
    goals: [{ id: '1', fieldOfAction: '1', group: 'field', number: 1, html: { en: '<p>Goal</p>' } }],
    measures: [
      {
        id: '7',
        slug: 'measure-one',
        updatedAt,
        fieldOfAction: '1',
        kind: 'measure',
        number: 1,
        order: 1,
        title: { en: 'Measure one' },
        bodyHtml: {},
        offices: ['3'],
        contactText: {},
        eligibleForFunding: false,
      },
    ],
    offices: [
      { id: '3', slug: '15-3', updatedAt, code: '15.3', name: { en: 'Press and Public Relations' }, variants: [] },
    ],
    pages: [
      {
        id: '1',
        slug: 'grusswort',
        updatedAt,
        parent: null,
        order: 1,
        title: { de: 'Grußwort' },
        subtitle: {},
        bodyHtml: {},
        signatories: [],
        facts: [],
      },
    ],
    news: [],
    forms: [form('20', 'K7M3X'), { ...form('21', 'P4RT9'), status: 'retired', successor: '20' }],
    redirects: [{ from: '/massnahmen/old/', to: { collection: 'measures', id: '7' } }],
  }
}

function form(id: string, code: string): NonNullable<SnapshotInput['forms']>[number] {
  const field = (fieldId: string, number: string) => ({
    id: fieldId,
    number,
    germanLabel: 'Familienname',
    required: true,
    explanation: { de: 'Ihr Familienname.' },
    example: {},
    format: {},
    marker: null,
  })
  return {
    id,
    code,
    updatedAt: '2026-01-01T00:00:00.000Z',
    isExample: true,
    status: 'current',
    successor: null,
    germanTitle: 'Anmeldung',
    formNumber: '',
    edition: 'Stand 03/2025',
    title: {},
    description: {},
    office: '3',
    contact: '',
    pdf: null,
    pages: [],
    sections: [
      {
        id: `${id}-a`,
        number: 'A',
        germanHeading: 'Person',
        heading: {},
        fields: [field(`${id}-1`, '1'), field(`${id}-2`, '2')],
      },
    ],
    bring: [],
  }
}

describe('snapshot validation', () => {
  test('should reject duplicate form codes, duplicate positions, unknown successors and markers on missing pages', () => {
    const snapshot = validSnapshot()
    snapshot.forms[1]!.code = 'K7M3X'
    snapshot.forms[1]!.successor = '99'
    snapshot.forms[0]!.sections[0]!.fields[1]!.number = '1'
    snapshot.forms[0]!.sections[0]!.fields[0]!.marker = { page: 1, x: 1, y: 1, width: 10, height: 2 }
    expect(() => parseSnapshot(snapshot)).toThrow(
      /marker on missing page 1[\s\S]*duplicate position A\/1[\s\S]*duplicate form code K7M3X[\s\S]*unknown successor form 99/,
    )
  })

  test('should read a snapshot written before forms existed', () => {
    const { forms: _forms, ...older } = validSnapshot()
    expect(parseSnapshot(older).forms).toEqual([])
  })

  test('should accept a consistent snapshot', () => {
    expect(parseSnapshot(validSnapshot()).measures).toHaveLength(1)
  })

  test('should accept search-engine texts per locale and reject malformed ones', () => {
    const snapshot = validSnapshot()
    snapshot.measures[0]!.meta = {
      title: { de: 'Maßnahme eins' },
      description: { de: 'Kurz erklärt.', en: 'In short.' },
    }
    expect(parseSnapshot(snapshot).measures[0]!.meta?.description.en).toBe('In short.')
    ;(snapshot.measures[0] as { meta: unknown }).meta = { title: { de: 3 }, description: {} }
    expect(() => parseSnapshot(snapshot)).toThrow(/measures\.0\.meta\.title\.de/)
  })

  test('should reject duplicate slugs within a collection', () => {
    const snapshot = validSnapshot()
    snapshot.measures.push({ ...snapshot.measures[0]!, id: '8' })
    expect(() => parseSnapshot(snapshot)).toThrow(/duplicate slug "measure-one"/)
  })

  test('should reject references to documents that are not in the snapshot', () => {
    const snapshot = validSnapshot()
    snapshot.measures[0]!.offices = ['99']
    snapshot.redirects[0] = { from: '/x/', to: { collection: 'pages', id: '42' } }
    expect(() => parseSnapshot(snapshot)).toThrow(/unknown office 99[\s\S]*redirect to unknown pages 42/)
  })

  test('should reject a measure without any title', () => {
    const snapshot = validSnapshot()
    snapshot.measures[0]!.title = { de: '  ' }
    expect(() => parseSnapshot(snapshot)).toThrow(/measure without a title/)
  })

  test('should reject slugs that are not one URL segment', () => {
    const snapshot = validSnapshot()
    snapshot.pages[0]!.slug = 'a/b'
    expect(() => parseSnapshot(snapshot)).toThrow(/one URL segment/)
  })
})

describe('page and news images', () => {
  const image = (
    id: string,
    files: { file: string; mimeType: 'image/avif' | 'image/webp' | 'image/jpeg' | 'image/png' }[],
    alt: Record<string, string> = { de: 'Das Rathaus' },
  ) => ({
    id,
    width: 1600,
    height: 900,
    alt,
    credit: '',
    files: files.map((file) => ({ ...file, width: 400, height: 225, bytes: 1000 })),
  })
  const withImage = (value: unknown) => {
    const snapshot = validSnapshot()
    snapshot.pages[0] = { ...snapshot.pages[0]!, image: value as never }
    return snapshot
  }

  test('should accept an image with a fallback and default to none', () => {
    expect(parseSnapshot(validSnapshot()).pages[0]!.image).toBeNull()
    const parsed = parseSnapshot(
      withImage(
        image('5', [
          { file: 'rathaus-5-400.avif', mimeType: 'image/avif' },
          { file: 'rathaus-5-400.jpg', mimeType: 'image/jpeg' },
        ]),
      ),
    )
    expect(parsed.pages[0]!.image!.files).toHaveLength(2)
  })

  test.each([
    [
      'without alt text',
      image('5', [{ file: 'a-5-400.jpg', mimeType: 'image/jpeg' }], {}),
      /image without alternative text/,
    ],
    [
      'without a JPEG or PNG fallback',
      image('5', [{ file: 'a-5-400.webp', mimeType: 'image/webp' }]),
      /without a JPEG or PNG fallback/,
    ],
    [
      'with a path in a file name',
      image('5', [{ file: '../etc/passwd', mimeType: 'image/jpeg' }]),
      /one plain lower-case segment/,
    ],
  ])('should reject an image %s', (_name, value, message) => {
    expect(() => parseSnapshot(withImage(value))).toThrow(message)
  })

  test('should reject two images sharing a file name', () => {
    const snapshot = withImage(image('5', [{ file: 'a-400.jpg', mimeType: 'image/jpeg' }]))
    snapshot.news = [
      {
        id: '9',
        slug: 'meldung',
        updatedAt: '2026-01-01T00:00:00.000Z',
        date: '2026-01-01',
        title: { de: 'Meldung' },
        bodyHtml: {},
        publisher: '',
        image: image('6', [{ file: 'a-400.jpg', mimeType: 'image/jpeg' }]),
      },
    ]
    expect(() => parseSnapshot(snapshot)).toThrow(/belongs to two images/)
  })
})
