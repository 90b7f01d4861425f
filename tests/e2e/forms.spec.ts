import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

import { expect, test, type APIRequestContext, type Browser } from '@playwright/test'

import { printAndDecode } from '../helpers/decodeQr'
import { e2e, e2eEnv } from '../scripts/e2e-environment'
import { formStateSettled, watchFormState } from './helpers/adminFormState'
import { expectNoSeriousA11yViolations } from './helpers/axe'

const env = e2eEnv()
const cmsUrl = env.CMS_URL!
const siteUrl = env.SITE_URL!
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

type SnapshotForm = { id: string; code: string; germanTitle: string; isExample: boolean; status: string }
const snapshot = () =>
  JSON.parse(readFileSync(env.WIR_SNAPSHOT!, 'utf8')) as { forms: SnapshotForm[]; unavailableFormCodes: string[] }
const snapshotForms = (): SnapshotForm[] => snapshot().forms

/**
 * Publishing queues a build in the CMS; the site server shows it once the queue has switched the
 * live release. Waits for a page of the last publish, so earlier publishes are live too.
 */
async function waitUntilLive(request: APIRequestContext, url: string) {
  await expect.poll(async () => (await request.get(url)).status(), { timeout: 150_000, intervals: [1_000] }).toBe(200)
}

async function scanWith(browser: Browser, locale: string, url: string) {
  const context = await browser.newContext({ ...phone, locale })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForLoadState('load')
  return { page, close: () => context.close() }
}

/**
 * The editor's API token. `next start` runs in production mode, where the session cookie is
 * Secure and an API client would not send it over plain http to 127.0.0.1; the admin UI itself
 * signs in with the cookie as usual.
 */
async function editorToken(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.post(`${cmsUrl}/api/users/login`, {
    data: { email: e2e.admin.email, password: e2e.admin.password },
  })
  expect(response.ok()).toBe(true)
  return { Authorization: `JWT ${(await response.json()).token}` }
}

test.describe('a printed form with a QR code', () => {
  test('the seeded example forms should scan at 1.5 cm and 2 cm and open a tiny German chooser marked as example', async ({
    browser,
    request,
  }) => {
    const forms = snapshotForms()
    expect(forms.filter((form) => form.isExample)).toHaveLength(2)
    for (const form of forms) {
      const svg = await (await request.get(`/F/${form.code}/qr.svg`)).body()
      for (const widthMm of [15, 20]) {
        const { texts } = await printAndDecode(svg, { widthMm })
        expect(texts).toEqual([`${siteUrl.toUpperCase()}/F/${form.code}/`])
      }
    }
    const form = forms[0]!
    const { texts } = await printAndDecode(await (await request.get(`/F/${form.code}/qr.svg`)).body(), { widthMm: 15 })
    const html = await (await request.get(texts[0]!)).text()
    // Everything the scan page loads: its HTML plus the one stylesheet and script it links.
    const assets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<script[^>]+src="([^"]+)"/g)].map(
      (match) => match[1] ?? match[2]!,
    )
    expect(assets.sort()).toEqual(['/scan.css', '/scan.js'])
    const bodies = [
      Buffer.from(html),
      ...(await Promise.all(assets.map(async (asset) => (await request.get(asset)).body()))),
    ]
    const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0)
    console.log(
      `scan page ${form.code}: ${bodies.reduce((sum, body) => sum + body.length, 0)} bytes, ${gzip} bytes gzip with its CSS and JS`,
    )
    expect(gzip).toBeLessThanOrEqual(15 * 1024)

    const { page, close } = await scanWith(browser, 'de-DE', texts[0]!)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.germanTitle)
    await expect(page.getByText('Beispiel – kein amtliches Formular')).toBeVisible()
    await expect(page.locator('#l a')).toHaveCount(2)
    await expect(page.locator('#l a').first()).toHaveAttribute('lang', 'de')
    await expectNoSeriousA11yViolations(page)
    await close()

    const english = await scanWith(browser, 'en-GB', texts[0]!)
    await expect(english.page).toHaveURL(new RegExp(`/en/formulare/${form.code}/$`))
    await expect(english.page.locator('[lang="de"]').filter({ hasText: 'Familienname' }).first()).toBeVisible()
    await expect(english.page.getByText('Example – not an official form')).toBeVisible()
    await expectNoSeriousA11yViolations(english.page)
    await english.close()
  })

  test('an editor publishes a form with an Arabic translation; its printed label opens the Arabic help on an Arabic phone', async ({
    browser,
  }) => {
    test.setTimeout(240_000)
    // The city's editors work in German browsers; Payload follows the browser's language.
    const editor = await browser.newContext({ locale: 'de-DE' })
    const page = await editor.newPage()
    // The editor signs in to the German admin.
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill(e2e.admin.email)
    await page.getByLabel('Passwort').fill(e2e.admin.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByRole('link', { name: 'Formulare' }).first()).toBeVisible({ timeout: 30_000 })

    // Reads what the admin shows through the admin's own REST API, with the editor's token.
    const auth = await editorToken(page.request)
    const api = {
      get: (url: string) => page.request.get(url, { headers: auth }),
      post: (url: string, options: { data: unknown }) => page.request.post(url, { ...options, headers: auth }),
    }

    // Creates the form in the admin as it is printed: title, number, edition, then its fields in paper order.
    // In German: the admin remembers the last language an account worked in.
    watchFormState(page)
    await page.goto(`${cmsUrl}/admin/collections/forms/create?locale=de`)
    await page.locator('#field-germanTitle').fill('Testantrag E2E auf Erteilung einer Bescheinigung')
    await page.locator('#field-formNumber').fill('T 1')
    await page.locator('#field-edition').fill('Stand 05/2026')
    await page.locator('#field-title').fill('Testantrag (E2E)')
    await page.getByRole('button', { name: 'Felder', exact: true }).click()
    await formStateSettled(page)
    await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click()
    await page.locator('#field-sections__0__number').fill('A')
    await page.locator('#field-sections__0__germanHeading').fill('Angaben zur Person')
    await page.locator('#field-sections__0__heading').fill('Angaben zur Person')
    const rows = [
      {
        number: '1',
        label: 'Familienname',
        explanation: 'Ihr Familienname wie im Pass.',
        format: 'In lateinischen Buchstaben',
      },
      { number: '2', label: 'Geburtsdatum', explanation: 'Ihr Geburtsdatum.', example: '07.04.1990' },
    ]
    for (const [index, row] of rows.entries()) {
      await formStateSettled(page)
      await page.getByRole('button', { name: 'Feld hinzufügen' }).click()
      const field = (name: string) => page.locator(`#field-sections__0__fields__${index}__${name}`)
      await field('number').fill(row.number)
      await field('germanLabel').fill(row.label)
      await field('required').check()
      await field('explanation').fill(row.explanation)
      if (row.format) await field('format').fill(row.format)
      if (row.example) await field('example').fill(row.example)
    }
    await page.getByRole('button', { name: 'Entwurf speichern' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/forms\/\d+/, { timeout: 30_000 })
    const id = /\/forms\/(\d+)/.exec(page.url())![1]!
    const doc = await (await api.get(`${cmsUrl}/api/forms/${id}?draft=true&depth=0&locale=de`)).json()
    expect(
      doc.sections[0].fields.map((field: { germanLabel: string; required: boolean }) => [
        field.germanLabel,
        field.required,
      ]),
    ).toEqual([
      ['Familienname', true],
      ['Geburtsdatum', true],
    ])
    const code: string = doc.code
    expect(code).toMatch(/^[0-9A-Z]{5}$/)
    const qrBefore = await (await api.get(`${cmsUrl}/api/forms/${id}/downloads/qr.svg`)).body()

    // Adds the Arabic translation (the same rows, Arabic texts), marks it ready and publishes.
    await page.goto(`${cmsUrl}/admin/collections/forms/${id}?locale=ar`)
    await page.locator('#field-title').fill('طلب اختبار')
    await page.locator('#field-translationState').click()
    await page.locator('.rs__option', { hasText: 'Fertig' }).click()
    await page.getByRole('button', { name: 'Felder', exact: true }).click()
    await page.locator('#field-sections__0__heading').fill('البيانات الشخصية')
    await page.locator('#field-sections__0__fields__0__explanation').fill('اسم العائلة كما في جواز السفر.')
    await page.locator('#field-sections__0__fields__1__explanation').fill('تاريخ ميلادك.')
    await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
    await expect(page.getByText(/erfolgreich|veröffentlicht/i).first()).toBeVisible({ timeout: 15_000 })
    const arabicDoc = await (await api.get(`${cmsUrl}/api/forms/${id}?depth=0&locale=ar`)).json()
    expect(arabicDoc).toMatchObject({ _status: 'published', title: 'طلب اختبار', translationState: 'ready' })
    const qrAfter = await (await api.get(`${cmsUrl}/api/forms/${id}/downloads/qr.svg`)).body()
    expect(qrAfter.equals(qrBefore), 'adding a translation must not change the printed code').toBe(true)

    // An older paper edition is retired and points to the new form.
    const old = await api.post(`${cmsUrl}/api/forms?locale=de`, {
      data: {
        germanTitle: 'Testantrag E2E (alte Ausgabe)',
        edition: 'Stand 01/2020',
        lifecycle: 'retired',
        successor: Number(id),
        sections: [{ number: 'A', fields: [{ number: '1', germanLabel: 'Name', explanation: 'Ihr Name.' }] }],
        _status: 'published',
      },
    })
    expect(old.status(), await old.text()).toBe(201)
    const oldCode: string = (await old.json()).doc.code

    // Downloads the print label from the form's admin page.
    await page.goto(`${cmsUrl}/admin/collections/forms/${id}`)
    await expect(page.getByText('QR-Code zum Drucken')).toBeVisible({ timeout: 30_000 })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Druck-Etikett/ }).click(),
    ])
    const label = readFileSync((await download.path())!)
    expect(download.suggestedFilename()).toBe(`Etikett-${code}.svg`)

    await waitUntilLive(page.request, `${siteUrl}/F/${oldCode}/`)
    // The site publishes the same symbol beside the scan page.
    const published = await (await page.request.get(`${siteUrl}/F/${code}/qr.svg`)).body()
    expect(published.equals(qrAfter)).toBe(true)

    // The resident scans the printed label (2 cm symbol on a 64 mm label, 300 dpi).
    const { texts } = await printAndDecode(label, { widthMm: 20, svgWidthMm: 64 })
    expect(texts).toEqual([`${siteUrl.toUpperCase()}/F/${code}/`])

    const arabicPhone = await scanWith(browser, 'ar', texts[0]!)
    await expect(arabicPhone.page).toHaveURL(new RegExp(`/ar/formulare/${code}/$`))
    await expect(arabicPhone.page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(arabicPhone.page.getByRole('heading', { level: 1 })).toHaveText('طلب اختبار')
    await expect(arabicPhone.page.locator('strong[lang="de"]', { hasText: 'Familienname' })).toBeVisible()
    await expect(arabicPhone.page.getByText('اسم العائلة كما في جواز السفر.')).toBeVisible()
    // Untranslated parts (the format hint) are German, marked and announced.
    await expect(arabicPhone.page.locator('[lang="de"]', { hasText: 'In lateinischen Buchstaben' })).toBeVisible()
    await expect(arabicPhone.page.locator('.notice').first()).toBeVisible()
    const heading = await arabicPhone.page.getByRole('heading', { level: 1 }).boundingBox()
    expect(heading!.x + heading!.width).toBeGreaterThan(390 / 2)
    await expectNoSeriousA11yViolations(arabicPhone.page)
    // Another language is always one tap away: the chooser, with the reader's languages first.
    await arabicPhone.page.getByRole('link', { name: 'اختر لغة أخرى' }).click()
    await expect(arabicPhone.page).toHaveURL(new RegExp(`/F/${code}/#choose$`))
    await expect(arabicPhone.page.locator('#l a').first()).toHaveAttribute('lang', 'ar')
    await arabicPhone.close()

    const germanPhone = await scanWith(browser, 'de-DE', texts[0]!)
    await expect(germanPhone.page).toHaveURL(new RegExp(`/F/${code}/$`))
    await expect(germanPhone.page.getByRole('heading', { level: 1 })).toHaveText(
      'Testantrag E2E auf Erteilung einer Bescheinigung',
    )
    await expect(germanPhone.page.locator('#l a')).toHaveText([/Deutsch/, /العربية/])
    await germanPhone.close()

    // A reader whose language is not offered yet (Tigrinya) gets the chooser, and the office sees the wish.
    const tigrinya = await scanWith(browser, 'ti', texts[0]!)
    await expect(tigrinya.page).toHaveURL(new RegExp(`/F/${code}/$`))
    await tigrinya.close()

    // The retired edition's paper still works: it says so and links to the new form.
    const retired = await scanWith(browser, 'de-DE', `${siteUrl}/F/${oldCode}/`)
    await expect(retired.page.getByText('Dieses Formular wird nicht mehr verwendet.')).toBeVisible()
    await expect(retired.page.getByRole('link', { name: /Zum neuen Formular/ })).toHaveAttribute(
      'href',
      `/de/formulare/${code}/`,
    )
    await retired.close()

    await expect
      .poll(async () => await (await api.get(`${cmsUrl}/api/forms/${id}/scan-stats`)).json(), { timeout: 10_000 })
      .toMatchObject({
        languages: expect.arrayContaining([
          expect.objectContaining({ language: 'ar', offered: true }),
          expect.objectContaining({ language: 'ti', offered: false }),
        ]),
      })
    await page.goto(`${cmsUrl}/admin/collections/forms/${id}`)
    // The admin renders the edit view after Payload's own requests: give a busy machine time.
    await expect(page.getByTestId('scan-missing')).toContainText('ti', { timeout: 30_000 })
    await editor.close()
  })

  test('the printed code of a deleted form still answers: no help for it now, all forms in every language', async ({
    browser,
    request,
  }) => {
    const code = snapshot().unavailableFormCodes[0]!
    expect(code).toMatch(/^[0-9A-Z]{5}$/)
    const { page, close } = await scanWith(browser, 'ar', `${siteUrl}/F/${code}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Zu diesem Code gibt es im Moment keine Ausfüllhilfe',
    )
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    expect(await page.content()).not.toContain('Zurückgezogener Antrag')
    await expectNoSeriousA11yViolations(page)
    await page.locator('#l a[lang="ar"]').click()
    await expect(page).toHaveURL(/\/ar\/formulare\/$/)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await close()
    // Typed by hand from the label, in lower case: the same page.
    const typed = await request.get(`${siteUrl}/f/${code.toLowerCase()}`)
    expect(typed.url()).toBe(`${siteUrl}/F/${code}/`)
    expect(await typed.text()).toContain('Zu diesem Code gibt es im Moment keine Ausfüllhilfe')
  })

  test('a help page once opened stays readable offline, styled, even on the very first visit', async ({ browser }) => {
    const form = snapshotForms().find((entry) => entry.isExample)!
    const context = await browser.newContext({ ...phone, locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/en/formulare/${form.code}/`)
    const title = await page.getByRole('heading', { level: 1 }).textContent()
    // The worker keeps the page it was registered from (the first visit never passed through it).
    await expect
      .poll(() => page.evaluate(async () => Boolean(await caches.match(location.pathname))), { timeout: 15_000 })
      .toBe(true)
    await context.setOffline(true)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!)
    expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0))).toBe(true)
    // Only help pages: the rest of the site is not kept behind the reader's back.
    expect((await page.goto(`${siteUrl}/en/`).catch(() => null))?.ok() ?? false).toBe(false)
    await context.close()
  })

  test('a reader taps a field on the picture of the paper page and lands on its explanation', async ({ page }) => {
    const form = snapshotForms().find((entry) => entry.germanTitle.includes('Anmeldung'))!
    await page.setViewportSize(phone.viewport)
    await page.goto(`${siteUrl}/ar/formulare/${form.code}/`)
    const picture = page.locator('.form-page img').first()
    await picture.scrollIntoViewIfNeeded()
    const marker = page.locator('.form-page .marker').first()
    // The marker sits where the editor put it (10 % from the left, 20 % down, 50 % × 5 %), also in RTL.
    const [image, box] = [(await picture.boundingBox())!, (await marker.boundingBox())!]
    expect(Math.abs(box.x - (image.x + image.width * 0.1))).toBeLessThan(3)
    expect(Math.abs(box.y - (image.y + image.height * 0.2))).toBeLessThan(3)
    expect(Math.abs(box.width - image.width * 0.5)).toBeLessThan(4)
    expect(Math.abs(box.height - image.height * 0.05)).toBeLessThan(4)
    await marker.click()
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1))
    expect(target).toMatch(/^f-/)
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport()
    await expectNoSeriousA11yViolations(page)
  })

  test('the forms index finds a form by the code printed on the paper, and only forms', async ({ page }) => {
    const form = snapshotForms().find((entry) => entry.isExample)!
    await page.goto(`${siteUrl}/en/formulare/`)
    const box = page.getByLabel('Search forms by title or code')
    await box.fill(form.code)
    await box.press('Enter')
    await expect(page).toHaveURL(/\/en\/suche\/\?.*type=form/)
    await expect(page.getByRole('status')).not.toHaveText(/^$|…$/, { timeout: 15_000 })
    const results = page.locator('.search-results .results > li')
    await expect(results.first().getByRole('link')).toHaveAttribute('href', new RegExp(`/en/formulare/${form.code}/$`))
    await expect(results.locator('.kind')).toHaveText(Array(await results.count()).fill('Form'))
  })

  test('anonymous visitors cannot download codes, read scan counts or unpublished forms', async ({ playwright }) => {
    const anonymous = await playwright.request.newContext()
    expect((await anonymous.get(`${cmsUrl}/api/forms/print-labels`)).status()).toBe(401)
    expect((await anonymous.get(`${cmsUrl}/api/form-scan-counts`)).status()).toBe(403)
    const drafts = await anonymous.get(`${cmsUrl}/api/forms?draft=true&where[_status][equals]=draft`)
    expect((await drafts.json()).totalDocs).toBe(0)
    await anonymous.dispose()
    const staff = await playwright.request.newContext()
    const zip = await staff.get(`${cmsUrl}/api/forms/print-labels`, { headers: await editorToken(staff) })
    expect(zip.headers()['content-type']).toBe('application/zip')
    const bytes = await zip.body()
    expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304')
    for (const form of snapshotForms().filter((entry) => entry.status !== 'retired'))
      expect(bytes.includes(Buffer.from(`${form.code}/Etikett-${form.code}.svg`))).toBe(true)
    await staff.dispose()
  })
})
