/**
 * Where a redirect may lead: a path on this site (one leading "/") or an http(s) address.
 * Checked by the CMS when an editor saves a redirect and again by the site build, because a
 * redirect page puts the target into a meta refresh and a link: a `javascript:` or `data:`
 * target would run script on the site's origin, and `//host` or `/\host` is another host
 * (browsers read a backslash as a slash and drop tabs and newlines inside a URL).
 */
export function isAllowedRedirectTarget(target: string): boolean {
  // Control characters, spaces and backslashes are never needed and only serve to disguise.
  if (!target || /[\u0000-\u0020\u007f\\]/.test(target)) return false
  if (target.startsWith('/')) return !target.startsWith('//')
  if (!/^https?:\/\/[^/]/i.test(target)) return false
  try {
    const url = new URL(target)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The German message for editors when a target is refused. */
export const redirectTargetMessage =
  'Als Ziel sind nur Adressen auf dieser Website (beginnend mit einem „/“, z. B. /de/seiten/…) ' +
  'oder vollständige Adressen mit http:// bzw. https:// erlaubt.'
