/** The images of published pages and news, as the export put them in media/ beside the snapshot. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { APIRoute } from 'astro'
import { getSiteData } from '../../content/snapshot.ts'

export function getStaticPaths() {
  const data = getSiteData()
  const files = new Map<string, string>()
  for (const doc of [...data.pages, ...data.news])
    for (const file of doc.image?.files ?? []) files.set(file.file, file.mimeType)
  return [...files].map(([file, type]) => ({ params: { file }, props: { path: join(data.mediaDir, file), type } }))
}

export const GET: APIRoute = ({ props }) => {
  let body: Buffer
  try {
    body = readFileSync(props.path as string)
  } catch {
    throw new Error(
      `[wir/site] Image ${props.path} is missing: run the CMS export again (it copies images beside the snapshot).`,
    )
  }
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': props.type as string } })
}
