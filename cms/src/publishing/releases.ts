/**
 * Releases on disk: every successful build is a directory `releases/<id>/`; `live` is a symlink
 * to one of them. Switching is a rename of a fresh symlink over `live` (rename(2) is atomic), so
 * a reader — the web server, nginx — sees the old or the new release, never a mix or nothing.
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs'
import { mkdir, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

export type SiteLayout = { root: string; live: string; releases: string; staging: string }

export function siteLayout(root: string): SiteLayout {
  return {
    root,
    live: path.join(root, 'live'),
    releases: path.join(root, 'releases'),
    staging: path.join(root, 'staging'),
  }
}

/** Sortable, unique enough for one machine: UTC time to the millisecond plus a random tail. */
export function newReleaseId(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.(\d{3})Z$/, '$1')
  return `${stamp}-${Math.random().toString(36).slice(2, 6)}`
}

/** Release ids, oldest first. */
export function listReleases(layout: SiteLayout): string[] {
  if (!existsSync(layout.releases)) return []
  return readdirSync(layout.releases, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

/** Id of the live release, or undefined when nothing has been published yet. */
export function liveRelease(layout: SiteLayout): string | undefined {
  try {
    if (!lstatSync(layout.live).isSymbolicLink()) return undefined
    return path.basename(readlinkSync(layout.live))
  } catch {
    return undefined
  }
}

/** The newest release older than the live one: what a rollback switches to. */
export function previousRelease(layout: SiteLayout): string | undefined {
  const live = liveRelease(layout)
  const all = listReleases(layout)
  return live ? all.filter((id) => id < live).at(-1) : all.at(-1)
}

/** Atomically points `live` at a release (relative link, so the folder can move as a whole). */
export async function switchLive(layout: SiteLayout, id: string): Promise<void> {
  const target = path.join(layout.releases, id)
  if (!existsSync(path.join(target, 'index.html'))) throw new Error(`Release ${id} is missing or incomplete.`)
  await adoptPlainLiveDirectory(layout)
  const temporary = path.join(layout.root, `.live-${process.pid}-${Date.now()}`)
  await symlink(path.join('releases', id), temporary)
  await rename(temporary, layout.live)
}

/**
 * Before releases existed, `live` could be a plain directory; rename(2) cannot replace a
 * directory with a symlink, so it becomes a release of its own first (nothing is lost).
 */
async function adoptPlainLiveDirectory(layout: SiteLayout): Promise<void> {
  await mkdir(layout.releases, { recursive: true })
  if (!existsSync(layout.live) || lstatSync(layout.live).isSymbolicLink()) return
  await rename(layout.live, path.join(layout.releases, `00000000-legacy-${Date.now()}`))
}

/**
 * Keeps the live release and the `keep` newest others (rollback targets); deletes older ones
 * and abandoned staging folders. Never touches the live release.
 */
export async function pruneReleases(layout: SiteLayout, keep = 2): Promise<string[]> {
  const live = liveRelease(layout)
  const others = listReleases(layout).filter((id) => id !== live)
  const doomed = others.slice(0, Math.max(0, others.length - keep))
  for (const id of doomed) await rm(path.join(layout.releases, id), { recursive: true, force: true })
  return doomed
}

/** Absolute directory of the live release (resolved once per call: follows switches). */
export function liveDirectory(layout: SiteLayout): string | undefined {
  try {
    return realpathSync(layout.live)
  } catch {
    return undefined
  }
}
