import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const dir = mkdtempSync(path.join(os.tmpdir(), 'wir-og-cache-'))
let renderCard: typeof import('../../site/src/lib/ogImage.ts').renderCard

beforeAll(async () => {
  process.env.WIR_OG_CACHE_DIR = dir
  ;({ renderCard } = await import('../../site/src/lib/ogImage.ts'))
})
afterAll(() => {
  delete process.env.WIR_OG_CACHE_DIR
  rmSync(dir, { recursive: true, force: true })
})

describe('Open Graph cards between builds', () => {
  test('should render a card once and take it from the cache on the next build', async () => {
    const card = { kicker: 'Maßnahme 7', title: 'Mehrsprachigkeit', footer: 'Landeshauptstadt Hannover' }
    const png = await renderCard(card)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    const files = readdirSync(dir)
    expect(files).toHaveLength(1)
    expect(readFileSync(path.join(dir, files[0]!)).equals(png)).toBe(true)
    // Whatever sits in the cache is what the next build uses: proof that it did not render again.
    writeFileSync(path.join(dir, files[0]!), Buffer.from('cached'))
    expect((await renderCard({ ...card })).toString()).toBe('cached')
  })

  test('should render a new card when its text changes', async () => {
    const before = readdirSync(dir).length
    const png = await renderCard({
      kicker: 'Maßnahme 7',
      title: 'Mehrsprachigkeit fördern',
      footer: 'Landeshauptstadt Hannover',
    })
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(readdirSync(dir)).toHaveLength(before + 1)
  })
})
