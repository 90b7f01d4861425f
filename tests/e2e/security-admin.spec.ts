/**
 * Script payloads in what editors and translators type, shown in the admin's own views (the
 * dashboard welcome, Übersetzungen, the translation status panel with its word diff, the
 * publishing status, lists): every one must appear as text and none may run. The content stays
 * a draft, so the public site and the other specs see nothing of it.
 */
import { expect, test, type Page } from '@playwright/test'

import { e2e, e2eEnv } from '../scripts/e2e-environment'
import { xssPayloads } from '../security/helpers/xssCorpus'
import { lexicalParagraph, lexicalText } from '../helpers/lexical'

const cmsUrl = e2eEnv().CMS_URL!
const payloadText = (id: number) => xssPayloads.find((entry) => entry.id === id)!.text
// Unique per run, so the spec can run again on the same portal.
const run = Date.now().toString(36)
const xssEditor = { email: `xss-redaktion-${run}@example.org`, password: 'xss-redaktion-passwort' }

const paragraph = (text: string) => lexicalParagraph([lexicalText(text)])

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('E-Mail').fill(email)
  await page.getByLabel('Passwort').fill(password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await expect(page.getByRole('link', { name: 'Seiten' }).first()).toBeVisible({ timeout: 30_000 })
}

/** REST as the signed-in browser sends it (same origin), so the CSRF rules let it through. */
async function api(page: Page, method: string, path: string, data: unknown) {
  const response = await page.request.fetch(`${cmsUrl}/api${path}`, {
    method,
    data,
    headers: { origin: cmsUrl, 'sec-fetch-site': 'same-origin' },
  })
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true)
  return ((await response.json()) as { doc: { id: number } }).doc
}

let pageId: number

test.describe('script payloads in the admin’s own views', () => {
  test.use({ locale: 'de-DE' })

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage()
    await signIn(page, e2e.admin.email, e2e.admin.password)
    await api(page, 'POST', '/users', { ...xssEditor, roles: ['editor'], name: payloadText(10) })
    pageId = (
      await api(page, 'POST', '/pages?locale=de&draft=true', {
        title: payloadText(1),
        slug: `xss-admin-entwurf-${run}`,
        body: paragraph(payloadText(14)),
        _status: 'draft',
      })
    ).id
    // A Ukrainian translation of that title, then a new German title: the panel shows both in its diff.
    await api(page, 'PATCH', `/pages/${pageId}?locale=uk&draft=true`, { title: payloadText(11), _status: 'draft' })
    await api(page, 'PATCH', `/pages/${pageId}?locale=de&draft=true`, { title: payloadText(6), _status: 'draft' })
    await api(page, 'POST', '/glossary?locale=de&draft=true', {
      key: `xss-admin-begriff-${run}`,
      slug: `xss-admin-begriff-${run}`,
      term: payloadText(17),
      explanation: payloadText(28),
      _status: 'draft',
    })
    await page.close()
  })

  test('should show every payload as text and run none of them', async ({ page }) => {
    const ran: string[] = []
    await page.exposeFunction('__xssReport', (hit: string) => ran.push(`${page.url()}: payload ${hit}`))
    await page.addInitScript(() => {
      const report = (window as unknown as { __xssReport: (hit: string) => void }).__xssReport
      ;(window as unknown as { __xss: (n: number) => void }).__xss = (n) => report(String(n))
    })
    page.on('dialog', (dialog) => {
      ran.push(`${page.url()}: dialog ${dialog.message()}`)
      void dialog.dismiss()
    })
    await signIn(page, xssEditor.email, xssEditor.password)
    // The trap itself works: an injected handler in the admin is caught (then forgotten).
    await page.evaluate(() => {
      const image = document.createElement('img')
      image.setAttribute('onerror', '__xss(0)')
      image.src = 'x-kein-bild'
      document.body.append(image)
    })
    await expect.poll(() => ran.length).toBe(1)
    ran.length = 0

    const views: [string, string | undefined][] = [
      ['/admin', undefined],
      ['/admin/uebersetzungen', payloadText(6)],
      [`/admin/collections/pages/${pageId}?locale=uk`, payloadText(6)],
      [`/admin/collections/pages?locale=de&where[slug][equals]=xss-admin-entwurf-${run}`, payloadText(6)],
      [`/admin/collections/glossary?locale=de&where[key][equals]=xss-admin-begriff-${run}`, payloadText(17)],
      ['/admin/veroeffentlichung', undefined],
      ['/admin/collections/users', undefined],
    ]
    for (const [path, shown] of views) {
      await page.goto(`${cmsUrl}${path}`)
      await expect(page.locator('body')).not.toBeEmpty()
      if (shown) await expect(page.getByText(shown).first()).toBeVisible({ timeout: 30_000 })
      // Handlers such as onload, onfocus and ontoggle fire after the view has rendered.
      await page.waitForTimeout(500)
    }
    // The panel's word diff: the German title before and after, each a payload, as text.
    const panel = page.getByRole('region', { name: /Übersetzungsstand/ })
    await page.goto(`${cmsUrl}/admin/collections/pages/${pageId}?locale=uk`)
    await expect(panel).toContainText('xss6', { timeout: 30_000 })
    await expect(panel).toContainText('xss1')
    await page.waitForTimeout(500)
    expect(ran).toEqual([])
  })
})
