import { describe, expect, test } from 'vitest'
import type { Field } from 'payload'

import { hasOtherPendingChanges, publishedState } from '../../cms/src/publishing/publishedState'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'number', type: 'number' },
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Inhalt',
        fields: [
          {
            name: 'rows',
            type: 'array',
            fields: [
              { name: 'code', type: 'text' },
              { name: 'text', type: 'text', localized: true },
              { name: 'marker', type: 'group', fields: [{ name: 'page', type: 'number' }] },
            ],
          },
          {
            name: 'content',
            type: 'blocks',
            blocks: [{ slug: 'note', fields: [{ name: 'note', type: 'text', localized: true }] }],
          },
          { name: 'bring', type: 'array', localized: true, fields: [{ name: 'item', type: 'text' }] },
        ],
      },
    ],
  },
]

const published = {
  title: { de: 'Alt', en: 'Old' },
  number: 1,
  rows: [
    { id: 'r1', code: 'A', text: { de: 'Eins', en: 'One' }, marker: { page: 1 } },
    { id: 'r2', code: 'B', text: { de: 'Zwei', en: 'Two' }, marker: { page: 2 } },
  ],
  content: [{ id: 'b1', blockType: 'note', note: { de: 'Hinweis', en: 'Note' } }],
  bring: { de: [{ id: 'i1', item: 'Pass' }], en: [{ id: 'i2', item: 'Passport' }] },
  _status: 'published',
}
/** An editor's German draft (new title, rows swapped and renumbered), then an English change. */
const next = {
  title: { de: 'UNGEPRÜFT', en: 'New' },
  number: 2,
  rows: [
    { id: 'r2', code: 'B2', text: { de: 'Zwei!', en: 'Two, new' }, marker: { page: 3 } },
    { id: 'r1', code: 'A', text: { de: 'Eins', en: 'One, new' }, marker: { page: 1 } },
  ],
  content: [{ id: 'b1', blockType: 'note', note: { de: 'UNGEPRÜFT', en: 'Note, new' } }],
  bring: { de: [], en: [{ id: 'i2', item: 'Passport, new' }] },
  _status: 'draft',
}

describe('the public state after publishing one language', () => {
  test('should take only that language from the new state, row by row, with an editor’s structure', () => {
    const live = publishedState({ fields, published, next, locale: 'en', keepStructure: false })
    expect(live).toMatchObject({
      title: { de: 'Alt', en: 'New' },
      number: 2,
      rows: [
        { id: 'r2', code: 'B2', text: { de: 'Zwei', en: 'Two, new' }, marker: { page: 3 } },
        { id: 'r1', code: 'A', text: { de: 'Eins', en: 'One, new' }, marker: { page: 1 } },
      ],
      content: [{ id: 'b1', note: { de: 'Hinweis', en: 'Note, new' } }],
      bring: { de: [{ id: 'i1', item: 'Pass' }], en: [{ id: 'i2', item: 'Passport, new' }] },
      _status: 'published',
    })
  })

  test('should keep the published structure for a translator', () => {
    const live = publishedState({ fields, published, next, locale: 'en', keepStructure: true })
    expect(live).toMatchObject({
      number: 1,
      rows: [
        { id: 'r1', code: 'A', text: { de: 'Eins', en: 'One, new' }, marker: { page: 1 } },
        { id: 'r2', code: 'B', text: { de: 'Zwei', en: 'Two, new' }, marker: { page: 2 } },
      ],
    })
  })

  test('should see pending changes in other languages, and none when only this language changed', () => {
    expect(hasOtherPendingChanges({ fields, published, next, locale: 'en', keepStructure: false })).toBe(true)
    const onlyEnglish = { ...published, title: { de: 'Alt', en: 'New' }, _status: 'draft' }
    expect(hasOtherPendingChanges({ fields, published, next: onlyEnglish, locale: 'en', keepStructure: true })).toBe(
      false,
    )
  })
})
