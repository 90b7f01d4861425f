import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export type PageWeight = {
  page: string
  htmlGzip: number
  cssGzip: number
  jsGzip: number
  totalGzip: number
  totalRaw: number
}

const gzipSize = (buffer: Buffer) => gzipSync(buffer, { level: 6 }).length

function listHtml(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : listHtml(full)
    return name.endsWith('.html') ? [full] : []
  })
}

/** HTML plus the CSS and JS each page links to, as a browser first loads them (gzip level 6). */
export function measurePages(distDir: string): PageWeight[] {
  const assetCache = new Map<string, { raw: number; gzip: number }>()
  const asset = (href: string) => {
    const file = path.join(distDir, decodeURIComponent(href.split(/[?#]/)[0]!))
    if (!assetCache.has(file)) {
      const buffer = readFileSync(file)
      assetCache.set(file, { raw: buffer.length, gzip: gzipSize(buffer) })
    }
    return assetCache.get(file)!
  }
  return listHtml(distDir).map((file) => {
    const html = readFileSync(file)
    const text = html.toString('utf8')
    const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((match) => asset(match[1]!))
    const js = [...text.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((match) => asset(match[1]!))
    const sum = (items: { gzip: number }[]) => items.reduce((total, item) => total + item.gzip, 0)
    const htmlGzip = gzipSize(html)
    return {
      page: '/' + path.relative(distDir, file),
      htmlGzip,
      cssGzip: sum(css),
      jsGzip: sum(js),
      totalGzip: htmlGzip + sum(css) + sum(js),
      totalRaw: html.length + [...css, ...js].reduce((total, item) => total + item.raw, 0),
    }
  })
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
