/** What a backup archive holds and the facts a restore checks itself against. */
export type DatabaseKind = 'sqlite' | 'postgres'

/** Rows per table and the newest applied migration, read inside the backup's own snapshot. */
export type DatabaseFacts = { migration: string | null; tables: Record<string, number> }

export type BackupManifest = {
  format: 1
  createdAt: string
  database: DatabaseFacts & { kind: DatabaseKind }
  uploads: { files: number }
  /** Id of the release that was live (its files are in the archive), or null before the first publish. */
  liveRelease: string | null
}

/** Paths inside the archive. */
export const archivePaths = {
  manifest: 'manifest.json',
  database: { sqlite: 'database.sqlite', postgres: 'database.pgdump' } satisfies Record<DatabaseKind, string>,
  uploads: 'uploads',
  releases: 'site/releases',
}

export function parseManifest(text: string): BackupManifest {
  const manifest = JSON.parse(text) as BackupManifest
  if (manifest.format !== 1 || !manifest.database?.kind) throw new Error('Not a WIR backup (manifest.json unknown).')
  return manifest
}

/** The differences between two table counts, as "table: expected → actual". */
export function countDifferences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)])
  return [...names]
    .sort()
    .filter((name) => expected[name] !== actual[name])
    .map((name) => `${name}: ${expected[name] ?? 'missing'} → ${actual[name] ?? 'missing'}`)
}
