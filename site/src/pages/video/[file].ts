/** Videos, posters and captions of the published explanations, as the export put them in videos/. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { APIRoute } from 'astro'
import { getSiteData } from '../../content/snapshot.ts'
import { videoFileType } from '../../lib/video.ts'

export function getStaticPaths() {
  const data = getSiteData()
  const files = new Set<string>()
  for (const { video } of data.explanations) {
    if (!video) continue
    files.add(video.file)
    if (video.poster) files.add(video.poster.file)
    for (const caption of video.captions) files.add(caption.file)
  }
  return [...files].map((file) => ({ params: { file }, props: { path: join(data.videosDir, file) } }))
}

export const GET: APIRoute = ({ props }) => {
  let body: Buffer
  try {
    body = readFileSync(props.path as string)
  } catch {
    throw new Error(`[wir/site] Video file ${props.path} is missing: run the CMS export again.`)
  }
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': videoFileType(props.path as string) } })
}
