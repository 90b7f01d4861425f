import { execFileSync } from 'node:child_process'
import { chownSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findPostgresBin } from '../../cms/src/backup/postgresBin'

import { freePort } from './freePort'

/**
 * A real, throwaway PostgreSQL server on 127.0.0.1 and a free port. PostgreSQL refuses to run
 * as root, so under root it runs as the `postgres` system user that Debian's package creates.
 */
export async function startPostgres(): Promise<{ uri: string; stop: () => void }> {
  const initdb = findPostgresBin('initdb')
  const pgCtl = findPostgresBin('pg_ctl')
  if (!initdb || !pgCtl)
    throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found; install Debian package postgresql')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wir-pg-'))
  const isRoot = process.getuid?.() === 0
  const asUser = (command: string, args: string[]) => {
    if (!isRoot) return execFileSync(command, args, { stdio: 'pipe' })
    return execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' })
  }
  if (isRoot) {
    const { uid, gid } = JSON.parse(
      execFileSync('sh', ['-c', 'printf \'{"uid":%s,"gid":%s}\' $(id -u postgres) $(id -g postgres)']).toString(),
    )
    chownSync(dir, uid, gid)
  }
  const port = await freePort()
  const data = path.join(dir, 'data')
  asUser(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8'])
  asUser(pgCtl, [
    '-D',
    data,
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ])
  return {
    uri: `postgres://postgres@127.0.0.1:${port}/wir_test`,
    stop: () => {
      try {
        asUser(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
