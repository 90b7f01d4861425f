import { crossCheck } from './crossChecks.ts'
import { snapshotShapeSchema } from './schemas.ts'
import type { Snapshot } from './types.ts'

/** The snapshot's schema with the checks across documents. */
export const snapshotSchema = snapshotShapeSchema.superRefine(crossCheck)

/** Parses and validates a snapshot; throws an error listing every problem. */
export function parseSnapshot(data: unknown): Snapshot {
  const result = snapshotSchema.safeParse(data)
  if (!result.success) {
    const lines = result.error.issues.slice(0, 20).map((issue) => `- ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid content snapshot:\n${lines.join('\n')}`)
  }
  return result.data
}
