/**
 * One build at a time per site directory, across processes: the queue already runs build jobs
 * exclusively, but `pnpm build`, a second CMS process or a manual run must not interleave
 * either. mkdir is atomic; the lock records its owner's pid, so a crashed owner's lock is
 * taken over instead of blocking publishing forever.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

function ownerAlive(lockDir: string): boolean {
  try {
    // The pid file follows mkdir immediately: a lock without one is being taken right now.
    if (!existsSync(path.join(lockDir, 'pid'))) return Date.now() - statSync(lockDir).mtimeMs < 10_000
    const pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'))
    if (!Number.isInteger(pid) || pid <= 0) return false
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function tryAcquire(lockDir: string): boolean {
  try {
    mkdirSync(lockDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    if (ownerAlive(lockDir)) return false
    rmSync(lockDir, { recursive: true, force: true })
    return tryAcquire(lockDir)
  }
  writeFileSync(path.join(lockDir, 'pid'), String(process.pid))
  return true
}

/** Whether a live process holds the build lock of this site directory right now. */
export function isBuildLockHeld(root: string): boolean {
  const lockDir = path.join(root, 'build.lock')
  return existsSync(lockDir) && ownerAlive(lockDir)
}

/** Runs `work` holding the lock; waits up to `timeoutMs` for another build to finish. */
export async function withBuildLock<T>(root: string, work: () => Promise<T>, timeoutMs = 15 * 60_000): Promise<T> {
  mkdirSync(root, { recursive: true })
  const lockDir = path.join(root, 'build.lock')
  const deadline = Date.now() + timeoutMs
  while (!tryAcquire(lockDir)) {
    if (Date.now() > deadline)
      throw new Error('Eine andere Veröffentlichung läuft noch; bitte später erneut versuchen.')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  try {
    return await work()
  } finally {
    rmSync(lockDir, { recursive: true, force: true })
  }
}
