import type { Endpoint, PayloadRequest } from 'payload'

import { formQrFileNames, formQrFiles, type FormQrFileName } from '../qrFiles'
import { storedZip } from './storedZip'

const forbidden = () => Response.json({ errors: [{ message: 'Bitte melden Sie sich an.' }] }, { status: 401 })

function download(body: Buffer, type: string, name: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  })
}

async function findForm(req: PayloadRequest, id: string) {
  // As the signed-in user: an editor may download the code of a draft before printing.
  return req.payload.findByID({
    collection: 'forms',
    id,
    depth: 0,
    draft: true,
    req,
    overrideAccess: false,
    disableErrors: true,
  })
}

/**
 * Downloads for the print shop, staff only: /api/forms/{id}/downloads/{qr.svg | qr-300dpi.png |
 * qr-600dpi.png | label.svg}, and /api/forms/print-labels (ZIP: labels and symbols of every
 * published form that is still handed out).
 */
export const formDownloadEndpoints: Endpoint[] = [
  {
    path: '/print-labels',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return forbidden()
      const { docs } = await req.payload.find({
        collection: 'forms',
        where: { and: [{ _status: { equals: 'published' } }, { lifecycle: { not_equals: 'retired' } }] },
        depth: 0,
        pagination: false,
        sort: 'germanTitle',
        req,
        overrideAccess: false,
      })
      const entries = []
      for (const form of docs) {
        if (!form.code) continue
        const files = formQrFiles(form.code)
        for (const key of ['label.svg', 'qr.svg', 'qr-600dpi.png'] as const) {
          entries.push({ name: `${form.code}/${files[key].name}`, data: await files[key].body() })
        }
      }
      const stamp = new Date().toISOString().slice(0, 10)
      return download(storedZip(entries), 'application/zip', `QR-Etiketten-${stamp}.zip`)
    },
  },
  {
    path: '/:id/downloads/:file',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return forbidden()
      const id = String(req.routeParams?.id ?? '')
      const requested = String(req.routeParams?.file ?? '')
      const file = formQrFileNames.find((name): name is FormQrFileName => name === requested)
      const form = await findForm(req, id)
      if (!form?.code || !file)
        return Response.json({ errors: [{ message: 'Diese Datei gibt es nicht.' }] }, { status: 404 })
      const entry = formQrFiles(form.code)[file]
      return download(await entry.body(), entry.type, entry.name)
    },
  },
]
