/** The form's QR symbol beside its scan page, for partner organisations and the print shop. */
import type { APIRoute } from 'astro'
import { qrSvg } from '@wir/shared/qr'
import { getSiteData } from '../../../content/snapshot.ts'
import { displayUrl, qrText } from '../../../lib/forms.ts'

export function getStaticPaths() {
  return getSiteData().forms.map((form) => ({ params: { code: form.code }, props: { id: form.id } }))
}

export const GET: APIRoute = ({ props, site }) => {
  const form = getSiteData().formById.get(props.id as string)!
  return new Response(qrSvg(qrText(site, form), { sizeMm: 20, title: displayUrl(site, form) }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  })
}
