/**
 * Where a form's scan page reports a scan (code + requested language): WIR_BEACON_URL, else the
 * CMS's beacon endpoint when CMS_URL is set; empty (no beacon) otherwise or when WIR_BEACON_URL
 * is set to an empty value. One rule for the site build (what the page calls) and the site
 * server (which origin its CSP lets the page call).
 */
export function beaconUrl(env: Record<string, string | undefined> = process.env): string {
  if (env.WIR_BEACON_URL !== undefined) return env.WIR_BEACON_URL.trim()
  return env.CMS_URL ? `${env.CMS_URL.replace(/\/+$/, '')}/api/form-scan-counts/beacon` : ''
}

/**
 * The requested language stored for scans whose language is unknown, not a registered language
 * (`zz`, `qqq`), or beyond the day's limit of languages for one form: "undetermined" in BCP 47.
 */
export const otherScanLanguage = 'und'
