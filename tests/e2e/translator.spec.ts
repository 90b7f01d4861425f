import { expect, test } from '@playwright/test'

import { e2e, e2eEnv } from '../scripts/e2e-environment'

const cmsUrl = e2eEnv().CMS_URL

test.describe('a translator restricted to Ukrainian', () => {
  test.use({ locale: 'de-DE' })

  test('should see what is missing, translate a field and see it up to date', async ({ page }) => {
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill('translator-uk@example.org')
    await page.getByLabel('Passwort').fill('translator-uk-password')
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByRole('link', { name: 'Seiten' }).first()).toBeVisible({ timeout: 30_000 })

    await page.goto(`${cmsUrl}/admin/collections/pages?locale=uk`)
    await page.getByRole('link', { name: 'Grußwort' }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/pages\/\d+/)
    const panel = page.getByRole('region', { name: /Übersetzungsstand/ })
    await expect(panel).toContainText('fehlt', { timeout: 30_000 })

    const title = page.locator('#field-title')
    await expect(title).toBeEditable()
    await title.fill('Вітальне слово')
    await page.keyboard.press('Control+s')
    await expect(panel.locator('[data-field="title"]')).toContainText('aktuell', { timeout: 30_000 })
    // Leave the page, so the document is unlocked for others.
    await page.goto(`${cmsUrl}/admin`)
  })

  test('should not be able to edit Arabic', async ({ page }) => {
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill('translator-uk@example.org')
    await page.getByLabel('Passwort').fill('translator-uk-password')
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByRole('link', { name: 'Seiten' }).first()).toBeVisible({ timeout: 30_000 })
    await page.goto(`${cmsUrl}/admin/collections/pages?locale=ar`)
    await page.getByRole('link', { name: 'Grußwort' }).first().click()
    await expect(page.locator('#field-title')).toBeDisabled({ timeout: 30_000 })
    await page.goto(`${cmsUrl}/admin`)
  })

  test('should see the translation overview for Ukrainian only, with an XLIFF download', async ({ page }) => {
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill('translator-uk@example.org')
    await page.getByLabel('Passwort').fill('translator-uk-password')
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByRole('link', { name: 'Übersetzungen' }).first()).toHaveAttribute(
      'href',
      '/admin/uebersetzungen',
      { timeout: 30_000 },
    )
    // A translator's dashboard points to the one place their work is.
    await expect(page.getByTestId('dashboard-welcome').getByRole('listitem').getByRole('link')).toHaveText([
      'Übersetzungen',
    ])
    await page.goto(`${cmsUrl}/admin/uebersetzungen`)
    await expect(page.getByRole('heading', { name: 'Übersetzungen', level: 1 })).toBeVisible({ timeout: 30_000 })
    const rows = page.locator('table.translation-overview tbody tr')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toHaveAttribute('data-locale', 'uk')
    expect(Number(await rows.first().locator('[data-status="missing"]').textContent())).toBeGreaterThan(0)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /als XLIFF 2.0/ }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^wir-uk-\d{4}-\d{2}-\d{2}\.xlf$/)
    const { readFile } = await import('node:fs/promises')
    expect(await readFile((await download.path())!, 'utf8')).toContain('trgLang="uk"')
  })

  test("should publish Ukrainian without putting the editors' German draft online", async ({ page, request }) => {
    test.setTimeout(120_000)
    // The editorial team has an unreviewed German change waiting as a draft.
    const login = await request.post(`${cmsUrl}/api/users/login`, {
      data: { email: e2e.admin.email, password: e2e.admin.password },
    })
    const editor = { Authorization: `JWT ${(await login.json()).token}` }
    const found = await request.get(`${cmsUrl}/api/pages?where[title][like]=Grußwort&locale=de&depth=0&limit=1`, {
      headers: editor,
    })
    const { id, subtitle: publishedSubtitle } = (await found.json()).docs[0]
    // The tests above edited this page as the translator and left it; Payload unlocks a document
    // once its editor leaves, which may take a moment: until then the change is refused as locked.
    const saveDraft = () =>
      request.patch(`${cmsUrl}/api/pages/${id}?locale=de&draft=true`, {
        headers: editor,
        data: { subtitle: 'UNGEPRÜFTER ENTWURF', _status: 'draft' },
      })
    await expect.poll(async () => (await saveDraft()).status(), { timeout: 60_000 }).toBe(200)

    // The translator publishes the Ukrainian translation with the admin's button.
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill('translator-uk@example.org')
    await page.getByLabel('Passwort').fill('translator-uk-password')
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByRole('link', { name: 'Seiten' }).first()).toBeVisible({ timeout: 30_000 })
    await page.goto(`${cmsUrl}/admin/collections/pages/${id}?locale=uk`)
    await page.locator('#field-title').fill('Вітальне слово (опубліковано)')
    await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
    await expect(page.getByText(/erfolgreich|veröffentlicht/i).first()).toBeVisible({ timeout: 30_000 })

    // Residents get the Ukrainian title and the reviewed German text; the editors keep their draft.
    const anonymous = async (locale: string) =>
      (await (await request.get(`${cmsUrl}/api/pages/${id}?locale=${locale}&depth=0`)).json()) as Record<
        string,
        unknown
      >
    expect((await anonymous('uk')).title).toBe('Вітальне слово (опубліковано)')
    expect((await anonymous('de')).subtitle ?? null).toBe(publishedSubtitle ?? null)
    const editorsDraft = await request.get(`${cmsUrl}/api/pages/${id}?locale=de&draft=true&depth=0`, {
      headers: editor,
    })
    expect(await editorsDraft.json()).toMatchObject({ subtitle: 'UNGEPRÜFTER ENTWURF', _status: 'draft' })
  })
})
