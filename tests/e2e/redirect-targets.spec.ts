import { expect, test } from '@playwright/test'

import { e2e, e2eEnv } from '../scripts/e2e-environment'

const cmsUrl = e2eEnv().CMS_URL!

test.describe('an admin adds a redirect', () => {
  test('should be told in German that a javascript: or //host target is not allowed, and save a site path', async ({
    page,
  }) => {
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill(e2e.admin.email)
    await page.getByLabel('Passwort').fill(e2e.admin.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByTestId('dashboard-welcome')).toBeVisible({ timeout: 30_000 })

    await page.goto(`${cmsUrl}/admin/collections/redirects/create`)
    // A click before the form has hydrated checks the radio without showing the URL field.
    await page.waitForLoadState('networkidle')
    await page.getByLabel('Alte Adresse (von)').fill(`/e2e-alte-adresse-${Date.now()}/`)
    await page.locator('.radio-input', { hasText: 'Eigene URL' }).click()
    const target = page.getByRole('textbox', { name: 'Eigene URL' })
    await expect(target).toBeVisible({ timeout: 15_000 })
    for (const refused of ['javascript:window.x=1', '//evil.example/']) {
      await target.fill(refused)
      await page.getByRole('button', { name: 'Speichern' }).first().click()
      await expect(page.getByText(/Als Ziel sind nur Adressen auf dieser Website/).first()).toBeVisible()
    }
    await target.fill('/de/seiten/grusswort/')
    await page.getByRole('button', { name: 'Speichern' }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/redirects\/\d+/, { timeout: 30_000 })
  })
})
