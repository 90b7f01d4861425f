/** Public address of the static site, as the site build uses it (SITE_URL, same default). */
export function siteUrl(): string {
  return process.env.SITE_URL || 'http://localhost:4321'
}
