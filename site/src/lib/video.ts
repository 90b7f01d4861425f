/** Where the site publishes what the export copied to `videos/` beside the snapshot. */
import { getLocale, lookupChain, type LocaleRow } from '@wir/shared/locales'
import type { Video } from '@wir/shared/snapshot'
import { languageName } from '../i18n/index.ts'

export const videoPath = (file: string): string => `/video/${file}`

/** Content type of a published video file, from the names the export gives them. */
export function videoFileType(file: string): string {
  const extension = file.slice(file.lastIndexOf('.') + 1)
  const types: Record<string, string> = {
    mp4: 'video/mp4',
    webm: 'video/webm',
    vtt: 'text/vtt; charset=utf-8',
    jpg: 'image/jpeg',
    png: 'image/png',
  }
  const type = types[extension]
  if (!type) throw new Error(`[wir/site] Unknown video file type: ${file}`)
  return type
}

/** "1 Min., 5 Sek." in the reader's language (Intl.DurationFormat where the runtime has it). */
export function formatDuration(locale: string, seconds: number): string {
  const whole = Math.max(1, Math.round(seconds))
  const parts = { minutes: Math.floor(whole / 60), seconds: whole % 60 }
  const DurationFormat = (
    Intl as unknown as { DurationFormat?: new (l: string, o: object) => { format(d: object): string } }
  ).DurationFormat
  if (DurationFormat) return new DurationFormat(getLocale(locale).bcp47, { style: 'short' }).format(parts)
  return `${parts.minutes}:${String(parts.seconds).padStart(2, '0')}`
}

export type CaptionTrack = { src: string; srclang: string; label: string; isDefault: boolean }

/**
 * One <track> per caption file. The default is the reader's locale, else the nearest along its
 * fallback chain. Labels name the language in the reader's language; the German variants
 * (Leichte/Einfache Sprache share `de`) are told apart by their own names.
 */
export function captionTracks(video: Video, locale: string): CaptionTrack[] {
  const page = getLocale(locale)
  const chosen = lookupChain(locale).find((code) => video.captions.some((caption) => caption.locale === code))
  return video.captions.map((caption) => {
    const row: LocaleRow = getLocale(caption.locale)
    const label = row.plainVariantOf ? row.nativeName : languageName(page, row).name
    return { src: videoPath(caption.file), srclang: row.bcp47, label, isDefault: caption.locale === chosen }
  })
}
