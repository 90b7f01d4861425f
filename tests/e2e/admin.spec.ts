import { expect, test } from '@playwright/test'

import { e2e, e2eEnv } from '../scripts/e2e-environment'

const cmsUrl = e2eEnv().CMS_URL

test.describe('an editor in the admin', () => {
  // An English browser still gets the German admin (cms/src/proxy.ts); editors may switch.
  test.use({ locale: 'en-US' })

  test('should sign in to a German admin that holds the seeded WIR 2.0 content', async ({ page }) => {
    await page.goto(`${cmsUrl}/admin/login`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await page.getByLabel('E-Mail').fill(e2e.admin.email)
    await page.getByLabel('Passwort').fill(e2e.admin.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByRole('link', { name: 'Maßnahmen' }).first()).toBeVisible({ timeout: 30_000 })
    // The dashboard starts with the everyday tasks and when the public site last changed.
    const welcome = page.getByTestId('dashboard-welcome')
    await expect(welcome.getByRole('heading', { name: 'Willkommen in der Redaktion von WIR 2.0' })).toBeVisible()
    await expect(welcome.getByRole('listitem').getByRole('link')).toHaveText([
      'Maßnahmen',
      'Aktuelles',
      'Formulare',
      'Übersetzungen',
      'Veröffentlichung',
    ])
    await expect(welcome).toContainText(/zuletzt aktualisiert \d/)
    await welcome.getByRole('link', { name: 'Veröffentlichung' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Veröffentlichung' })).toBeVisible({ timeout: 30_000 })

    await page.goto(`${cmsUrl}/admin/collections/measures?limit=100`)
    await expect(page.getByText('Expansion of municipal advisory structures', { exact: false }).first()).toBeVisible({
      timeout: 30_000,
    })
    await expect(page.getByText(/96 (von|of) 96|1-96 von 96/).first()).toBeVisible()
  })

  test('should start a new document in German, even right after working on an Arabic one', async ({ page }) => {
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill(e2e.admin.email)
    await page.getByLabel('Passwort').fill(e2e.admin.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByRole('link', { name: 'Aktuelles' }).first()).toBeVisible({ timeout: 30_000 })
    // The admin remembers Arabic as the language this account worked in last.
    await page.goto(`${cmsUrl}/admin/collections/news?locale=ar`)
    await expect(
      page
        .getByRole('button', { name: /Sprache|Locale/ })
        .or(page.locator('.localizer'))
        .first(),
    ).toContainText('العربية', { timeout: 30_000 })
    await page.goto(`${cmsUrl}/admin/collections/news`)
    await page.getByRole('link', { name: 'Neu erstellen' }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/news\/create\?(.*&)?locale=de\b/)
    await expect(page.locator('.localizer').first()).toContainText('Deutsch')
    // Choosing another language on purpose is kept.
    await page.goto(`${cmsUrl}/admin/collections/news/create?locale=en`)
    await expect(page).toHaveURL(/locale=en\b/)
  })

  test('should refuse the API to anonymous visitors for drafts and user data', async ({ request }) => {
    const users = await request.get(`${cmsUrl}/api/users`)
    expect(users.status()).toBe(403)
    const drafts = await request.get(`${cmsUrl}/api/measures?draft=true&where[_status][equals]=draft`)
    expect((await drafts.json()).totalDocs).toBe(0)
  })
})
