/** The print label (symbol, address, multilingual caption) beside the scan page. */
import type { APIRoute } from 'astro'
import { qrLabelSvg } from '@wir/shared/qrLabel'
import { getSiteData } from '../../../content/snapshot.ts'
import { displayUrl, qrText } from '../../../lib/forms.ts'

export function getStaticPaths() {
  return getSiteData().forms.map((form) => ({ params: { code: form.code }, props: { id: form.id } }))
}

export const GET: APIRoute = ({ props, site }) => {
  const form = getSiteData().formById.get(props.id as string)!
  return new Response(qrLabelSvg(qrText(site, form), displayUrl(site, form), { qrSizeMm: 20 }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  })
}
