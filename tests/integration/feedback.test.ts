import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload, PayloadRequest } from 'payload'

import { bootPayload } from '../helpers/bootPayload'
import { startSmtpServer, type ReceivedMail } from '../helpers/startSmtpServer'

let payload: Payload
let cleanup: () => Promise<void>
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let post: (body: Record<string, string>, address?: string) => Promise<Response>
let token: (secondsAgo: number) => string
let editor: Record<string, unknown>

beforeAll(async () => {
  smtp = await startSmtpServer()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'wir-redaktion@example.org',
    SITE_URL: 'http://site.example',
  })
  ;({ payload, cleanup } = await bootPayload())
  const { createLocalReq } = await import('payload')
  const { feedbackPostEndpoint } = await import('../../cms/src/feedback/feedbackEndpoint')
  const { createFormToken } = await import('../../cms/src/feedback/formToken')
  token = (secondsAgo) => createFormToken(Date.now() - secondsAgo * 1000)
  // The endpoint's handler with a real Payload request carrying a browser's form post.
  post = async (body, address = '192.0.2.1') => {
    const req = await createLocalReq({}, payload)
    const text = new URLSearchParams(body).toString()
    Object.assign(req, {
      headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address }),
      url: 'http://cms.example/api/rueckmeldung',
      text: async () => text,
    })
    return feedbackPostEndpoint.handler(req as PayloadRequest)
  }
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'admin-password-1', roles: ['admin'] },
  })
  editor = await payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', password: 'editor-password-1', roles: ['editor'] },
  })
})
afterAll(async () => {
  await cleanup?.()
  await smtp?.stop()
})

const allFeedback = async () =>
  (await payload.find({ collection: 'feedback', pagination: false, depth: 0, sort: 'createdAt' })).docs

describe('the feedback form endpoint', () => {
  test('should store exactly what the reader typed, due in one month, and send them to the thank-you page in their language', async () => {
    const response = await post({
      sprache: 'ar',
      formular: token(10),
      anliegen: 'accessible-format',
      nachricht: 'Ich brauche die Maßnahmen als Word-Datei.',
      seite: '/ar/massnahmen/',
      name: 'Test Person',
      email: 'person@example.org',
      website: '',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('http://site.example/ar/rueckmeldung/danke/')
    const [stored] = await allFeedback()
    expect(stored).toMatchObject({
      topic: 'accessible-format',
      message: 'Ich brauche die Maßnahmen als Word-Datei.',
      page: '/ar/massnahmen/',
      name: 'Test Person',
      email: 'person@example.org',
      language: 'ar',
      status: 'new',
    })
    const received = new Date(stored!.createdAt)
    const due = new Date(stored!.dueOn!)
    expect(due.getUTCMonth()).toBe((received.getUTCMonth() + 1) % 12)
    // Nothing but what was typed: no address, no browser.
    expect(JSON.stringify(stored)).not.toContain('192.0.2.1')
  })

  test('should answer bad input in the reader language, name each error and give back everything typed, escaped', async () => {
    const before = (await allFeedback()).length
    const response = await post({
      sprache: 'fa',
      formular: token(10),
      anliegen: 'barrier',
      nachricht: 'Der Knopf <script>alert("x")</script> geht nicht',
      seite: '/fa/',
      name: 'Nasrin "N" & Co',
      email: 'keine-adresse',
    })
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('<html lang="fa" dir="rtl">')
    expect(html).toContain('لطفاً بدون کد HTML بنویسید')
    expect(html).toContain('لطفاً یک نشانی ایمیل معتبر وارد کنید')
    expect(html).toContain('Der Knopf &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; geht nicht</textarea>')
    expect(html).toContain('value="Nasrin &quot;N&quot; &amp; Co"')
    expect(html).toContain('value="keine-adresse"')
    expect(html).not.toContain('<script>')
    expect((await allFeedback()).length).toBe(before)
  })

  test('should refuse an empty or oversized message with the limit named', async () => {
    const empty = await post({ sprache: 'de', formular: token(10), nachricht: '   ' })
    expect(empty.status).toBe(400)
    expect(await empty.text()).toContain('Bitte schreiben Sie eine Nachricht.')
    const long = await post({ sprache: 'de', formular: token(10), nachricht: 'a'.repeat(5001) })
    expect(await long.text()).toContain('Dieser Text ist zu lang: höchstens 5000 Zeichen.')
  })

  test('should store nothing from a bot: trap field filled, no signed form time, or sent within seconds', async () => {
    const before = (await allFeedback()).length
    const trap = await post({ sprache: 'de', formular: token(10), nachricht: 'Spam', website: 'http://spam.example' })
    expect(trap.status).toBe(303)
    const unsigned = await post({
      sprache: 'de',
      formular: `${Math.floor(Date.now() / 1000) - 60}.forged`,
      nachricht: 'x',
    })
    expect(unsigned.status).toBe(400)
    const fast = await post({ sprache: 'de', formular: token(0), nachricht: 'Schnell getippt' })
    expect(fast.status).toBe(400)
    // A person who was merely quick loses nothing: the text comes back with a fresh form time.
    expect(await fast.text()).toContain('Schnell getippt</textarea>')
    expect((await allFeedback()).length).toBe(before)
  })

  test('should accept only a few posts per hour from one address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await post({ sprache: 'de', formular: token(10), nachricht: `Nachricht ${i}` }, '198.51.100.7')).status,
      )
    }
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429])
    expect(
      (await post({ sprache: 'de', formular: token(10), nachricht: 'Andere Adresse' }, '198.51.100.8')).status,
    ).toBe(303)
  })

  test('should take only url-encoded form posts', async () => {
    const { createLocalReq } = await import('payload')
    const { feedbackPostEndpoint } = await import('../../cms/src/feedback/feedbackEndpoint')
    const req = await createLocalReq({}, payload)
    Object.assign(req, {
      headers: new Headers({ 'content-type': 'application/json' }),
      text: async () => JSON.stringify({ nachricht: 'x' }),
    })
    expect((await feedbackPostEndpoint.handler(req as PayloadRequest)).status).toBe(415)
  })
})

describe('the feedback inbox', () => {
  test('should be closed to anonymous visitors and translators, on the server', async () => {
    await expect(payload.find({ collection: 'feedback', overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'feedback', data: { message: 'x', status: 'new' }, overrideAccess: false }),
    ).rejects.toThrow()
    const translator = await payload.create({
      collection: 'users',
      data: { email: 'tr@example.org', password: 'translator-pw-1', roles: ['translator'], translationLocales: ['ar'] },
    })
    await expect(
      payload.find({ collection: 'feedback', overrideAccess: false, user: { ...translator, collection: 'users' } }),
    ).rejects.toThrow()
  })

  test("should send the editor's answer by e-mail through the SMTP server and mark the message answered", async () => {
    const [first] = await allFeedback()
    const updated = await payload.update({
      collection: 'feedback',
      id: first!.id,
      data: { replyText: 'Die Word-Datei ist unterwegs.', sendReply: true, message: 'geändert' },
      overrideAccess: false,
      user: { ...editor, collection: 'users' } as never,
    })
    expect(updated.status).toBe('answered')
    expect(updated.repliedAt).toBeTruthy()
    expect(updated.sendReply).toBe(false)
    // The person's own words cannot be changed by anyone.
    expect(updated.message).toBe('Ich brauche die Maßnahmen als Word-Datei.')
    await expect.poll(() => smtp.received.length).toBe(1)
    const mail = smtp.received[0] as ReceivedMail
    expect(mail.to).toEqual(['person@example.org'])
    expect(mail.from).toBe('wir-redaktion@example.org')
    expect(mail.raw).toContain('Die Word-Datei ist unterwegs.')
  })

  test('should list open messages on the dashboard with their deadline, overdue ones marked in words', async () => {
    const inCms = (file: string) => new URL(`../../cms/${file}`, import.meta.url).pathname
    const { FeedbackDue } = await import(inCms('src/components/FeedbackDue.tsx'))
    const { renderToStaticMarkup } = await import(inCms('node_modules/react-dom/server.js'))
    const open = (await allFeedback()).filter((doc) => doc.status !== 'answered')
    await payload.db.updateOne({
      collection: 'feedback',
      id: open[0]!.id,
      data: { dueOn: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString() },
    })
    const html = renderToStaticMarkup(await FeedbackDue({ payload, user: { ...editor, collection: 'users' } }))
    expect(html).toContain(`${open.length} offen, davon 1 überfällig`)
    expect(html).toMatch(/data-overdue="true"[^>]*>.*überfällig seit/)
    expect(html).toContain('Antwort fällig bis')
    // Translators do not see other people's messages, not even their number.
    expect(await FeedbackDue({ payload, user: { id: 99, roles: ['translator'] } })).toBeNull()
  })

  test('should delete messages past the retention period with the scheduled job, and keep newer ones', async () => {
    const docs = await allFeedback()
    const old = docs[0]!
    await payload.db.updateOne({
      collection: 'feedback',
      id: old.id,
      data: { createdAt: new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString() },
    })
    await payload.jobs.queue({ task: 'deleteExpiredFeedback', input: {} } as never)
    await payload.jobs.run()
    const left = await allFeedback()
    expect(left.map((doc) => doc.id)).not.toContain(old.id)
    expect(left.length).toBe(docs.length - 1)
  })
})
