/**
 * The access matrix: every role × every collection of the Payload config × every operation ×
 * de/uk/ar, expected outcomes from the roles table (helpers/policy.ts), asserted through the
 * Local API with access control on, and again over real HTTP (locale uk) against Payload's REST
 * handler. A collection added to the config is in the matrix without a change here.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload, SanitizedCollectionConfig } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { matrixCells, matrixFixtures, observe, summarize, type Cell, type MatrixUsers } from './helpers/accessMatrix'
import { localClient, restClient } from './helpers/apiClients'
import { roles, translatorLocale } from './helpers/policy'
import { freePort } from '../helpers/freePort'
import { signIn, startRestServer } from './helpers/restServer'

const port = await freePort()
process.env.CMS_URL = `http://127.0.0.1:${port}`
const { payload, cleanup } = await bootPayload()
const collections: SanitizedCollectionConfig[] = payload.config.collections
const localCells = matrixCells(collections)
const restCells = matrixCells(collections, [translatorLocale])

const passwords = { admin: 'Admin-Passwort-1', editor: 'Redaktion-Passwort-1', translator: 'Uebersetzung-Passwort-1' }
let users: MatrixUsers
let context: Parameters<typeof observe>[2]
let rest: Awaited<ReturnType<typeof startRestServer>>
const cookies: Partial<Record<string, string>> = {}
const differing = { local: 0, rest: 0 }

beforeAll(async () => {
  // The first account of a database becomes admin; the others keep the roles given here.
  const admin = await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: passwords.admin, roles: ['admin'] },
  })
  const editor = await payload.create({
    collection: 'users',
    data: { email: 'redaktion@example.org', password: passwords.editor, roles: ['editor'] },
  })
  const translator = await payload.create({
    collection: 'users',
    data: {
      email: 'uebersetzung@example.org',
      password: passwords.translator,
      roles: ['translator'],
      translationLocales: [translatorLocale],
    },
  })
  users = { admin, editor, translator } as MatrixUsers
  const { fixtures, samples } = await matrixFixtures(payload, collections)
  context = { payload: payload as Payload, users, fixtures, samples }
  rest = await startRestServer(payload.config, port)
  for (const role of ['admin', 'editor', 'translator'] as const)
    cookies[role] = await signIn(rest.origin, users[role].email, passwords[role])
})

afterAll(async () => {
  summarize('Access matrix, Local API', localCells, differing.local)
  summarize('Access matrix, REST over HTTP', restCells, differing.rest)
  await rest?.close()
  await cleanup()
})

const describeCell = (cell: Cell) => `${cell.operation} ${cell.locale}`
const groups = (cells: Cell[]) =>
  roles.flatMap((role) =>
    collections
      .map((collection) => ({
        role,
        collection: collection.slug,
        cells: cells.filter((cell) => cell.role === role && cell.collection === collection.slug),
      }))
      .filter((group) => group.cells.length > 0),
  )

/** The cells that differ from the policy, as "update uk: expected denied, got allowed". */
async function differences(cells: Cell[], clientFor: (cell: Cell) => ReturnType<typeof localClient>) {
  const found: string[] = []
  for (const cell of cells) {
    const { outcome, detail } = await observe(cell, clientFor(cell), context)
    if (outcome !== cell.expected)
      found.push(`${describeCell(cell)}: expected ${cell.expected}, got ${outcome}${detail ? ` (${detail})` : ''}`)
  }
  return found
}

describe('Local API with access control on', () => {
  test.each(groups(localCells))(
    '$role gets in $collection exactly what the roles table allows, in every language',
    async ({ cells }) => {
      const found = await differences(cells, (cell) =>
        localClient(payload, cell.role === 'anonymous' ? undefined : users[cell.role]),
      )
      differing.local += found.length
      expect(found).toEqual([])
    },
  )
})

describe('REST over HTTP with the session cookie', () => {
  test.each(groups(restCells))(
    '$role gets in $collection over REST exactly what the roles table allows',
    async ({ cells }) => {
      const found = await differences(cells, (cell) =>
        restClient(rest.origin, cell.role === 'anonymous' ? undefined : cookies[cell.role]),
      )
      differing.rest += found.length
      expect(found).toEqual([])
    },
  )
})
