/**
 * Search figures for `pnpm bench`: pagefind index size per language (from pagefind's own entry
 * file and the files whose names carry the language's hash), and, in Debian chromium against a
 * static server on the loopback, the bytes a first query downloads and the time from pressing
 * Enter to the first result on the page.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { chromium } from '@playwright/test'

export type LanguageIndex = { language: string; pages: number; bytes: number; files: number }

/** Bytes of each language's index in a pagefind bundle: its meta file, index and filter chunks, fragments. */
export function indexSizes(bundleDir: string): LanguageIndex[] {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>
  }
  const fragments = readdirSync(path.join(bundleDir, 'fragment'))
  return Object.entries(entry.languages).map(([language, { hash, page_count }]) => {
    const files = [
      ...readdirSync(bundleDir)
        .filter((name) => name.startsWith(`pagefind.${hash}`))
        .map((name) => path.join(bundleDir, name)),
      ...['index', 'filter'].flatMap((dir) =>
        readdirSync(path.join(bundleDir, dir))
          .filter((name) => name.startsWith(`${language}_`))
          .map((name) => path.join(bundleDir, dir, name)),
      ),
      ...fragments
        .filter((name) => name.startsWith(`${language}_`))
        .map((name) => path.join(bundleDir, 'fragment', name)),
    ]
    return {
      language,
      pages: page_count,
      bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
      files: files.length,
    }
  })
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    let file = path.join(root, pathname)
    if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end()
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html')
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

export type QueryFigure = { locale: string; term: string; bytes: number; requests: number; firstResultMs: number }

/** One fresh browser context per query: nothing cached, as a first-time visitor. */
export async function firstQueries(
  siteDir: string,
  queries: { locale: string; term: string }[],
): Promise<QueryFigure[]> {
  const server = await serve(path.resolve(siteDir))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    const figures: QueryFigure[] = []
    for (const { locale, term } of queries) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${base}/${locale}/suche/`, { waitUntil: 'load' })
      let bytes = 0
      let requests = 0
      page.on('response', async (response) => {
        if (!/\/pagefind(-\w+)?\//.test(response.url())) return
        requests++
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length
      })
      await page.getByRole('searchbox').fill(term)
      const started = Date.now()
      await page.getByRole('searchbox').press('Enter')
      await page.locator('.results > li').first().waitFor({ timeout: 30_000 })
      const firstResultMs = Date.now() - started
      await page.waitForLoadState('networkidle')
      figures.push({ locale, term, bytes, requests, firstResultMs })
      await context.close()
    }
    return figures
  } finally {
    await browser.close()
    server.close()
  }
}
