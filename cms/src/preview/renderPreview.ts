/**
 * Renders one document in its draft state with the site's own Astro components: the published
 * snapshot with this document swapped for its draft, built as a single page (a few seconds).
 * The page is returned self-contained (stylesheet inlined, links to the live site) with a
 * banner that says it is a preview.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { getLocale } from '@wir/shared/locales'

import { buildSnapshotWithFiles } from '../export/buildSnapshot'
import { writeSnapshot } from '../export/writeSnapshot'
import { siteSourceDir } from '../env/sitePaths'
import { siteUrl } from '../env/siteUrl'
import { runAstroBuild } from '../publishing/runAstroBuild'
import { publicRoutePath } from '../routes/publicRoutePath'

export class PreviewError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)

export async function renderPreview(
  payload: Payload,
  req: PayloadRequest,
  { collection, id, locale }: { collection: string; id: string; locale: string },
): Promise<string> {
  const row = getLocale(locale)
  if (!payload.collections[collection as CollectionSlug])
    throw new PreviewError('Diese Inhaltsart hat keine Vorschau.', 404)
  const doc = await payload
    .findByID({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    .catch(() => undefined)
  if (!doc) throw new PreviewError('Das Dokument gibt es nicht (mehr).', 404)
  const withLocaleSlug = doc as { id: number | string; slug?: string; parent?: unknown }
  const route = await publicRoutePath({ collection, doc: withLocaleSlug, req })
  if (!route) throw new PreviewError('Dieses Dokument hat keine eigene Seite auf der Website.', 404)
  const pagePath = `/${row.path}${route}`

  const work = await mkdtemp(path.join(os.tmpdir(), 'wir-preview-'))
  try {
    const snapshot = path.join(work, 'snapshot.json')
    const draft = {
      collection: collection as CollectionSlug,
      doc: { ...(doc as unknown as { id: string }), _status: 'published' } as never,
    }
    const { snapshot: content, files } = await buildSnapshotWithFiles(payload, { draft })
    await writeSnapshot(content, snapshot, files)
    const outDir = path.join(work, 'site')
    await runAstroBuild({ siteDir: siteSourceDir(), snapshot, outDir, env: { WIR_ONLY_PATH: pagePath } })
    const file = path.join(outDir, decodeURI(pagePath), 'index.html')
    if (!existsSync(file)) throw new PreviewError('Die Vorschau konnte nicht erzeugt werden.', 500)
    return await selfContained(await readFile(file, 'utf8'), outDir, locale)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function selfContained(html: string, outDir: string, locale: string): Promise<string> {
  const site = siteUrl().replace(/\/$/, '')
  let result = html
  for (const match of html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"[^>]*>/g)) {
    const css = await readFile(path.join(outDir, match[1]!), 'utf8')
    result = result.replace(match[0], () => `<style>${css}</style>`)
  }
  // A draft's image is not on the live site yet: the preview carries the fallback file inline.
  for (const match of html.matchAll(/<picture>[\s\S]*?<\/picture>/g)) {
    const img = match[0].match(/<img[^>]*>/)?.[0]
    const src = img?.match(/ src="\/media\/([^"/]+)"/)?.[1]
    if (!img || !src) continue
    const bytes = await readFile(path.join(outDir, 'media', src)).catch(() => undefined)
    if (!bytes) continue
    const type = src.endsWith('.png') ? 'image/png' : 'image/jpeg'
    const inline = img
      .replace(/ (srcset|sizes)="[^"]*"/g, '')
      .replace(/ src="[^"]*"/, ` src="data:${type};base64,${bytes.toString('base64')}"`)
    result = result.replace(match[0], () => inline)
  }
  const banner =
    `<div role="note" lang="de" dir="ltr" style="background:#fde68a;color:#1f2937;padding:0.75rem 1rem;font:600 1rem/1.4 system-ui,sans-serif;border-block-end:3px solid #b45309">` +
    `Vorschau (${escapeHtml(getLocale(locale).nativeName)}): So sieht der Entwurf auf der Website aus. Er ist noch nicht veröffentlicht.</div>`
  return (
    result
      .replace('<head>', '<head><meta name="robots" content="noindex, nofollow">')
      .replace(/<body([^>]*)>/, (body) => `${body}${banner}`)
      // Links lead to the live site; this page exists only here.
      .replace(/(\s(?:href|src))="\/(?!\/)/g, `$1="${site}/`)
  )
}
