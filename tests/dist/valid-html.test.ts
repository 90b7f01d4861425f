/**
 * Valid HTML on a sample of every template: the Nu HTML checker (the W3C validator's engine,
 * vnu.jar from npm) over one page per template in German and Arabic, the pages outside the
 * language versions, and the feedback form the CMS serves (new and with errors).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { afterAll, expect, test } from 'vitest'

import { e2e } from '../scripts/e2e-environment'
import { sharedTemplates, siteTemplates, type Template } from '../e2e/helpers/templates'

const live = path.join(e2e.siteDir, 'live')
// The package exports the jar's path (a String object); its own runner would fetch a Java of its own.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'))
const scratch = mkdtempSync(path.join(os.tmpdir(), 'wir-vnu-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const fileOf = (template: Template) => {
  if (template.status === 404) return path.join(live, '404.html')
  const pathname = decodeURIComponent(template.path)
  return path.join(live, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
}

type Message = { type: string; subType?: string; url: string; message: string; lastLine?: number; extract?: string }

/** Runs the checker once over all files (one JVM start); errors only, warnings are advice. */
function nuErrors(files: string[]): string[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`vnu.jar failed to run: ${run.error?.message ?? run.stderr}`)
  // vnu writes its JSON report to stderr.
  const { messages } = JSON.parse(run.stderr) as { messages: Message[] }
  return messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => {
      const file = decodeURIComponent(new URL(message.url).pathname)
      return `${file.startsWith(live) ? path.relative(live, file) : path.basename(file)}:${message.lastLine}: ${message.message}`
    })
}

test('every template of the built site should be valid HTML (Nu checker, no errors)', { timeout: 240_000 }, () => {
  const templates = [...siteTemplates('de'), ...siteTemplates('ar'), ...sharedTemplates()]
  const files = [...new Set(templates.map(fileOf))]
  expect(files.filter((file) => !existsSync(file))).toEqual([])
  expect(files.length).toBeGreaterThanOrEqual(40)
  expect(nuErrors(files)).toEqual([])
})

test(
  'the feedback form the CMS serves should be valid HTML, new and after bad input',
  { timeout: 240_000 },
  async () => {
    process.env.PAYLOAD_SECRET ||= 'e2e-test-secret'
    const { renderFeedbackPage } = await import('../../cms/src/feedback/renderFeedbackPage')
    const values = { topic: 'barrier' as const, message: '<b>x</b>', name: '', email: 'x', page: '/ar/', locale: 'ar' }
    const pages = {
      'new.html': renderFeedbackPage({ values: { ...values, message: '' }, action: '/api/rueckmeldung' }),
      'errors.html': renderFeedbackPage({
        values,
        action: '/api/rueckmeldung',
        errors: [
          { field: 'message', key: 'feedback.error.html' },
          { field: 'email', key: 'feedback.error.email' },
        ],
      }),
    }
    const files = Object.entries(pages).map(([name, html]) => {
      const file = path.join(scratch, name)
      writeFileSync(file, html)
      return file
    })
    expect(readFileSync(files[1]!, 'utf8')).toContain('aria-invalid')
    expect(nuErrors(files)).toEqual([])
  },
)
