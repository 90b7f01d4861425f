/**
 * Forms on the site: which languages a form is offered in, the scan URL in its QR symbol, the
 * beacon address. Everything about the URL shape comes from the shared URL scheme.
 */
import { offeredLanguages } from '@wir/shared/formLanguages'
import { getLocale, locales, type LocaleRow } from '@wir/shared/locales'
import type { Form } from '@wir/shared/snapshot'
import { formDisplayUrl, formScanUrl } from '@wir/shared/urls'

/** Locale rows a form has a translation in (German first, then table order). */
export function formLocales(form: Form): LocaleRow[] {
  const offered = new Set(offeredLanguages(form))
  return locales.filter((row) => offered.has(row.code))
}

export function siteUrl(site: URL | undefined): string {
  return (site ?? new URL('http://localhost:4321')).href
}

export const qrText = (site: URL | undefined, form: Form) => formScanUrl(siteUrl(site), form.code)
export const displayUrl = (site: URL | undefined, form: Form) => formDisplayUrl(siteUrl(site), form.code)

export { beaconUrl } from '@wir/shared/beacon'

export function formatBytes(locale: string, bytes: number): string {
  const format = new Intl.NumberFormat(getLocale(locale).bcp47, { maximumFractionDigits: 1 })
  return bytes >= 1024 * 1024
    ? `${format.format(bytes / 1024 / 1024)} MB`
    : `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`
}
