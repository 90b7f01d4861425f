/** The original PDF and the page images of a form, as the export put them beside the snapshot. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { APIRoute } from 'astro'
import { getSiteData } from '../../../content/snapshot.ts'

export function getStaticPaths() {
  const data = getSiteData()
  return data.forms.flatMap((form) =>
    [form.pdf, ...form.pages].flatMap((file) =>
      file
        ? [
            {
              params: { code: form.code, file: file.file },
              props: { path: join(data.formFilesDir, form.code, file.file), type: file.mimeType },
            },
          ]
        : [],
    ),
  )
}

export const GET: APIRoute = ({ props }) => {
  let body: Buffer
  try {
    body = readFileSync(props.path as string)
  } catch {
    throw new Error(
      `[wir/site] Form file ${props.path} is missing: run the CMS export again (it copies form files beside the snapshot).`,
    )
  }
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': props.type as string } })
}
