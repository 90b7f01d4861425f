/**
 * Request paths an attacker tries against a static file server: every spelling of "parent
 * folder" and "slash" (plain, percent-encoded, double-encoded, overlong UTF-8, backslash) in
 * several positions, and every way of making a redirect's Location point at another host.
 */
const dots = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '..%00']
const slashes = ['/', '%2f', '%2F', '%5c', '\\', '%252f', '%c0%af', '//']
const starts = ['/', '/de/', '/_astro/', '/pagefind/', '/F/K7M3X/', '/de/massnahmen/sprachkurse/']

/** Paths that would reach `target` (a file beside or above the release) if decoded naively. */
export function traversalPaths(target: string): string[] {
  const paths = new Set<string>()
  for (const start of starts)
    for (const dot of dots)
      for (const slash of slashes)
        for (const levels of [1, 2, 4]) paths.add(`${start}${`${dot}${slash}`.repeat(levels)}${target}`)
  return [...paths]
}

const hostTricks = [
  '//',
  '/\\',
  '/%2f',
  '/%5c',
  '/.//',
  '/%2e//',
  '/./',
  '///',
  '/\\/',
  '/%09/',
  '/.%2f/',
  '/%2f%2f',
  '/..//',
]
const destinations = ['evil.example', 'evil.example/de', 'de', 'de/massnahmen', 'f/k7m3x', 'evil.example%2f..']

/**
 * Paths that end in a folder without a slash or in a lower-case form code, so the server
 * redirects — prefixed with everything that could turn the Location into `//host`.
 */
export function redirectPaths(): string[] {
  const paths = new Set<string>(['/de', '/de/massnahmen', '/f/k7m3x', '/F/K7M3X'])
  for (const trick of hostTricks) for (const destination of destinations) paths.add(`${trick}${destination}`)
  for (const trick of hostTricks) paths.add(`/de${trick}evil.example`)
  return [...paths]
}
