import { createServer } from 'node:net'

/**
 * A TCP port on 127.0.0.1 that is free right now: the system picks it for a probe that is closed
 * again at once. Another process could take it before the caller binds it; tests start their own
 * servers on it right away, so that window stays small.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}
