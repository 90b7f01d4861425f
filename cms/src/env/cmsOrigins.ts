/**
 * The origins the admin is served from: the only ones whose requests may carry an editor's
 * login cookie (Payload's `csrf` and `cors`, and proxy/refuseCrossSiteWrites). CMS_URL in
 * production; without it, the local addresses `pnpm start` serves on (localhost and 127.0.0.1
 * are different origins to a browser). Everything else, including the public site's own origin,
 * is another site: the site and the CMS usually share a registrable domain, so SameSite=Lax
 * cookies alone would not keep a page on the site from sending requests with them.
 */
export function cmsOrigins(): string[] {
  if (process.env.CMS_URL) return [new URL(process.env.CMS_URL).origin]
  const port = Number(process.env.CMS_PORT || 3000)
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}
