/**
 * Checks a freshly built site before it may go live: enough pages (a broken export must not
 * replace 2,500 pages with 12), no internal link to a file that does not exist, a sitemap
 * whose every address is a page of this build. Messages are German: editors read them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type ReleaseCheck = { pages: number; problems: string[] }

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')]
  })
}

/** "/de/massnahmen/x/?a#b" → "de/massnahmen/x/index.html"; undefined for external links. */
export function fileForPath(href: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined
  let pathname = href.split(/[?#]/)[0]!
  try {
    pathname = decodeURIComponent(pathname)
  } catch {
    return pathname.slice(1)
  }
  return (pathname.endsWith('/') ? `${pathname}index.html` : pathname).slice(1)
}

const linkPattern = /\s(?:href|src)="([^"]+)"/g

export function checkRelease(
  dir: string,
  { minimumPages = 1, previousPages }: { minimumPages?: number; previousPages?: number } = {},
): ReleaseCheck {
  const files = new Set(listFiles(dir))
  const htmlFiles = [...files].filter((file) => file.endsWith('.html'))
  const pages = htmlFiles.filter((file) => file.endsWith('index.html')).length
  const problems: string[] = []

  if (pages < minimumPages) problems.push(`Nur ${pages} Seiten erzeugt (mindestens ${minimumPages} erwartet).`)
  if (previousPages && pages < previousPages * 0.5) {
    problems.push(
      `Die neue Fassung hätte nur ${pages} statt bisher ${previousPages} Seiten. Zur Sicherheit wurde sie nicht veröffentlicht.`,
    )
  }

  const broken = new Map<string, string>()
  for (const file of htmlFiles) {
    const html = readFileSync(path.join(dir, file), 'utf8')
    for (const match of html.matchAll(linkPattern)) {
      const target = fileForPath(match[1]!.replaceAll('&amp;', '&'))
      if (target !== undefined && !files.has(target) && !broken.has(match[1]!)) broken.set(match[1]!, `/${file}`)
    }
  }
  if (broken.size > 0) {
    const examples = [...broken].slice(0, 5).map(([href, from]) => `${href} (auf ${from.replace(/index\.html$/, '')})`)
    problems.push(`${broken.size} interne Links führen ins Leere, z. B. ${examples.join(', ')}.`)
  }

  problems.push(...checkSitemap(dir, files))
  return { pages, problems }
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.trim())
}

function checkSitemap(dir: string, files: Set<string>): string[] {
  if (!files.has('sitemap-index.xml')) return ['Die Sitemap (sitemap-index.xml) fehlt.']
  const index = readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8')
  if (!/^<\?xml[^>]*\?>\s*<sitemapindex[\s>][\s\S]*<\/sitemapindex>\s*$/.test(index))
    return ['Die Sitemap (sitemap-index.xml) ist kein gültiges Sitemap-Verzeichnis.']
  const problems: string[] = []
  let urls = 0
  for (const sitemapUrl of locs(index)) {
    const file = fileForPath(new URL(sitemapUrl).pathname)
    if (!file || !files.has(file)) {
      problems.push(`Die Sitemap verweist auf ${sitemapUrl}, die Datei fehlt.`)
      continue
    }
    const xml = readFileSync(path.join(dir, file), 'utf8')
    if (!/^<\?xml[^>]*\?>\s*<urlset[\s>][\s\S]*<\/urlset>\s*$/.test(xml)) {
      problems.push(`Die Sitemap ${file} ist kein gültiges XML-Sitemap-Dokument.`)
      continue
    }
    const missing = locs(xml).filter((loc) => {
      urls++
      const page = fileForPath(new URL(loc).pathname)
      return !page || !files.has(page)
    })
    if (missing.length)
      problems.push(`Die Sitemap nennt ${missing.length} Adressen ohne Seite, z. B. ${missing.slice(0, 3).join(', ')}.`)
  }
  if (urls === 0 && problems.length === 0) problems.push('Die Sitemap enthält keine Adressen.')
  return problems
}
