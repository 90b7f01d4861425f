import { expect, test } from '@playwright/test'

import { pngBomb } from '../helpers/pngBomb'
import { e2e, e2eEnv } from '../scripts/e2e-environment'

const cmsUrl = e2eEnv().CMS_URL!

test.describe('an editor uploads a file the portal refuses', () => {
  test('should read the German reason in the admin, not "The following field is invalid"', async ({ page }) => {
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill(e2e.admin.email)
    await page.getByLabel('Passwort').fill(e2e.admin.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByTestId('dashboard-welcome')).toBeVisible({ timeout: 30_000 })

    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
    const refusals = [
      { file: { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(svg) }, reason: /SVG-Dateien sind/ },
      {
        file: { name: 'riesig.png', mimeType: 'image/png', buffer: pngBomb(10_000, 10_000) },
        reason: /10000 × 10000 Pixel \(100 Megapixel\)\. Erlaubt sind höchstens 50 Megapixel/,
      },
    ]
    for (const { file, reason } of refusals) {
      await page.goto(`${cmsUrl}/admin/collections/media/create`)
      await page.locator('input[type="file"]').setInputFiles(file)
      await page.getByRole('button', { name: 'Speichern' }).first().click()
      await expect(page.getByText(reason).first()).toBeVisible({ timeout: 30_000 })
      await expect(page.getByText(/following field is invalid/)).toHaveCount(0)
    }
  })
})
