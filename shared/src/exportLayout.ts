import path from 'node:path'

/**
 * The folders the export writes beside the snapshot file, and what the site publishes from
 * them: `media/{file}` (images of pages and news) → `/media/{file}`, `form-files/{CODE}/{file}`
 * (forms' PDFs and page images) → `/F/{CODE}/{file}`, `videos/{file}` (sign-language videos, their
 * posters and captions) → `/videos/{file}`. Files are written before the snapshot, so a
 * build that reads the snapshot finds every file it names (cms/src/export/writeSnapshot.ts).
 */
export const snapshotFolders = { media: 'media', formFiles: 'form-files', videos: 'videos' } as const

export type SnapshotFolder = keyof typeof snapshotFolders

/** A folder beside the snapshot file. */
export function besideSnapshot(snapshotFile: string, folder: SnapshotFolder): string {
  return path.join(path.dirname(snapshotFile), snapshotFolders[folder])
}
