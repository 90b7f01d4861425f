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

/**
 * Where the scan page reports a scan (code + requested language): WIR_BEACON_URL, else the
 * CMS's beacon endpoint when CMS_URL is set at build time; empty (no beacon) otherwise or when
 * WIR_BEACON_URL is set to an empty value.
 */
export function beaconUrl(env: Record<string, string | undefined> = process.env): string {
  if (env.WIR_BEACON_URL !== undefined) return env.WIR_BEACON_URL.trim()
  return env.CMS_URL ? `${env.CMS_URL.replace(/\/+$/, '')}/api/form-scan-counts/beacon` : ''
}

export function formatBytes(locale: string, bytes: number): string {
  const format = new Intl.NumberFormat(getLocale(locale).bcp47, { maximumFractionDigits: 1 })
  return bytes >= 1024 * 1024 ? `${format.format(bytes / 1024 / 1024)} MB` : `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`
}
