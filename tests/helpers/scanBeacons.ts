import type { Payload } from 'payload'

/** A published form with the fewest fields the collection accepts; its short code. */
export async function publishedFormCode(payload: Payload): Promise<string> {
  const form = await payload.create({
    collection: 'forms',
    locale: 'de',
    data: {
      germanTitle: 'Antrag zum Zählen',
      edition: 'Stand 01/2026',
      sections: [
        {
          number: 'A',
          germanHeading: 'Person',
          fields: [{ number: '1', germanLabel: 'Familienname', required: true, explanation: 'Ihr Familienname.' }],
        },
      ],
      _status: 'published',
    },
  })
  return form.code
}

/**
 * Posts scans to the beacon all at once, through Payload's REST handling (what the Next route
 * runs for /api/…), as the static scan pages send them. Returns the response statuses.
 */
export async function postScansAtOnce(code: string, languages: string[]): Promise<number[]> {
  const { handleEndpoints } = await import('payload')
  const { default: config } = await import('@wir/cms/config')
  const post = (lang: string) =>
    handleEndpoints({
      config,
      request: new Request('http://localhost/api/form-scan-counts/beacon', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ code, lang }),
      }),
    })
  return (await Promise.all(languages.map(post))).map((response) => response.status)
}

/** The stored counts of one form and language: how many rows per day, and the total. */
export async function storedScans(payload: Payload, code: string, language: string) {
  const { docs } = await payload.find({
    collection: 'form-scan-counts',
    where: { code: { equals: code }, language: { equals: language } },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  const rowsPerDay = new Map<string, number>()
  for (const row of docs) rowsPerDay.set(row.day, (rowsPerDay.get(row.day) ?? 0) + 1)
  return { rowsPerDay: [...rowsPerDay.values()], total: docs.reduce((sum, row) => sum + Number(row.count), 0) }
}

/**
 * The counting step alone, without the beacon's form lookup in front of it, which spreads
 * simultaneous requests out: round after round, scans of a form and language nobody has counted
 * yet, all at once, so that they race to create the row. Returns the rounds that went wrong.
 */
export async function raceForFirstScan(payload: Payload, rounds: number, scansPerRound: number): Promise<string[]> {
  const { countScan } = await import('../../cms/src/collections/FormScanCounts/countScan')
  const wrong: string[] = []
  for (let round = 0; round < rounds; round++) {
    const key = { code: `RACE${round}`, day: '2026-01-01', language: 'de' }
    await Promise.all(Array.from({ length: scansPerRound }, () => countScan(payload, key)))
    const { docs } = await payload.find({
      collection: 'form-scan-counts',
      where: { code: { equals: key.code } },
      pagination: false,
      depth: 0,
    })
    const total = docs.reduce((sum, row) => sum + Number(row.count), 0)
    if (docs.length !== 1 || total !== scansPerRound) wrong.push(`${key.code}: ${docs.length} rows, count ${total}`)
  }
  return wrong
}
