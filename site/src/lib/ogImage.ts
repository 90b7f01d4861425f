/**
 * Open Graph images, rendered with sharp at build time: one 1200×630 PNG per route, not per
 * locale (13 × ~170 images would be ~2,200 files for the same picture). The text is the
 * document's title as a German reader gets it (German, else English), with its kind and the
 * site name; list and home pages get their section's card.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { defaultLocale } from '@wir/shared/locales'
import { routePath, type Route } from '@wir/shared/urls'

export const ogSize = { width: 1200, height: 630 } as const

/** Site path of a route's image, e.g. /og/massnahmen/some-slug.png, /og/home.png. */
export function ogImagePath(route: Route): string {
  return `/og${routePath(route).replace(/\/$/, '') || '/home'}.png`
}

export type Card = { kicker: string; title: string; footer: string }

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Greedy line breaking by an average glyph width; the last kept line ends in "…" when cut. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (next.length <= maxChars || !line) line = next
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines.map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l))
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, maxChars - 1).replace(/[\s,;:.–-]+$/, '')}…`
  return kept
}

export function cardSvg(card: Card): string {
  const { width, height } = ogSize
  const long = card.title.length > 70
  const size = long ? 50 : 62
  const lines = wrap(card.title, long ? 36 : 28, 4)
  const lineHeight = Math.round(size * 1.2)
  const top = 250
  const font = 'DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif'
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="100%" height="100%" fill="#eef3f8"/>
  <rect x="0" y="0" width="24" height="${height}" fill="#0b4f8a"/>
  <text x="80" y="110" font-family="${font}" font-size="34" font-weight="700" fill="#1b1b1b">${escapeXml('WIR 2.0 – Wir sind Hannover')}</text>
  <text x="80" y="185" font-family="${font}" font-size="32" fill="#4d4d4d">${escapeXml(card.kicker)}</text>
  ${lines.map((line, i) => `<text x="80" y="${top + i * lineHeight + size}" font-family="${font}" font-size="${size}" font-weight="700" fill="#0b4f8a">${escapeXml(line)}</text>`).join('\n  ')}
  <text x="80" y="${height - 50}" font-family="${font}" font-size="28" fill="#4d4d4d">${escapeXml(card.footer)}</text>
</svg>`
}

const pngOptions = { palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 9 } as const

/** A palette PNG: flat colours and text compress to a few tens of KB. */
export async function renderCard(card: Card): Promise<Buffer> {
  const svg = cardSvg(card)
  const cache = cardCache()
  const key = createHash('sha256')
    .update(JSON.stringify([svg, pngOptions, sharp.versions]))
    .digest('hex')
  const cached = cache.read(key)
  if (cached) return cached
  const png = await sharp(Buffer.from(svg)).png(pngOptions).toBuffer()
  cache.write(key, png)
  return png
}

/**
 * Rendering ~175 cards is most of a build's time, yet a publish changes one or two of them: the
 * PNGs are kept between builds, keyed by everything that shapes them (SVG, PNG options, sharp
 * and libvips versions). Files unused for 30 days are dropped once per build.
 * WIR_OG_CACHE_DIR, default node_modules/.cache/wir-og under the site (the build's cwd).
 */
let openCache: { read: (key: string) => Buffer | undefined; write: (key: string, png: Buffer) => void } | undefined
function cardCache() {
  if (openCache) return openCache
  const dir = path.resolve(process.env.WIR_OG_CACHE_DIR || 'node_modules/.cache/wir-og')
  mkdirSync(dir, { recursive: true })
  const stale = Date.now() - 30 * 24 * 3600 * 1000
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if ((statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < stale) rmSync(file, { force: true })
  }
  openCache = {
    read(key) {
      const file = path.join(dir, `${key}.png`)
      try {
        const png = readFileSync(file)
        const now = new Date()
        utimesSync(file, now, now)
        return png
      } catch {
        return undefined
      }
    },
    // Through a temporary name: a preview build may run beside a release build.
    write(key, png) {
      const temporary = path.join(dir, `${key}.${process.pid}.tmp`)
      writeFileSync(temporary, png)
      renameSync(temporary, path.join(dir, `${key}.png`))
    },
  }
  return openCache
}

/** Locale the cards are written in (see above). */
export const cardLocale = defaultLocale
