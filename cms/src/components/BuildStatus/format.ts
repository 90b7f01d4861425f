/** Dates and durations as editors in Hannover read them. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '–'
  return new Intl.DateTimeFormat('de-DE', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Europe/Berlin',
  }).format(new Date(value))
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms == null) return '–'
  const seconds = ms / 1000
  return seconds < 60
    ? `${seconds.toLocaleString('de-DE', { maximumFractionDigits: 1 })} s`
    : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`
}
