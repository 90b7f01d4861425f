/** Where the site publishes the images the export copied to `media/` beside the snapshot. */
export const mediaPath = (file: string): string => `/media/${file}`
