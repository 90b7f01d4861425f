import { expect, test, type BrowserContext } from '@playwright/test'

import { e2e, e2eEnv } from '../scripts/e2e-environment'

const cmsUrl = e2eEnv().CMS_URL!
const siteUrl = e2eEnv().SITE_URL!
/** The portal's own two origins: the site may count a form scan at the CMS (its beacon). */
const ownOrigins = new Set([new URL(cmsUrl).origin, new URL(siteUrl).origin])

/**
 * Blocks and records every request to any other origin. Payload's default avatar alone would be
 * one per admin page: a Gravatar image keyed by the MD5 of the editor's e-mail address.
 */
async function blockOtherOrigins(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = []
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !ownOrigins.has(url.origin),
    (route) => {
      blocked.push(route.request().url())
      return route.abort('blockedbyclient')
    },
  )
  return blocked
}

test.describe('privacy: no request leaves the portal', () => {
  test('should open the admin (dashboard, an edit view, translations, publishing) without any third party', async ({
    page,
    context,
  }) => {
    const blocked = await blockOtherOrigins(context)
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill(e2e.admin.email)
    await page.getByLabel('Passwort').fill(e2e.admin.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByTestId('dashboard-welcome')).toBeVisible({ timeout: 30_000 })
    // The account menu shows Payload's built-in avatar, not an image from elsewhere.
    await expect(page.locator('img[src*="gravatar"]')).toHaveCount(0)

    await page.goto(`${cmsUrl}/admin/collections/measures`)
    await page.locator('.table tbody tr a').first().click()
    await expect(page.locator('.document-fields, .collection-edit').first()).toBeVisible({ timeout: 30_000 })
    await page.goto(`${cmsUrl}/admin/uebersetzungen`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 })
    await page.goto(`${cmsUrl}/admin/veroeffentlichung`)
    await expect(page.getByRole('heading', { level: 1, name: 'Veröffentlichung' })).toBeVisible({ timeout: 30_000 })
    await page.goto(`${cmsUrl}/admin/account`)
    await expect(page.getByLabel('E-Mail')).toHaveValue(e2e.admin.email, { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    expect(blocked).toEqual([])
  })

  test('should open the public site (home, lists, a measure, search, a form scan page) without any third party', async ({
    page,
    context,
  }) => {
    const blocked = await blockOtherOrigins(context)
    await page.goto('/')
    await page.goto('/de/')
    await page.goto('/de/massnahmen/')
    await page.locator('main a[href^="/de/massnahmen/"]').first().click()
    await expect(page.locator('h1')).toBeVisible()
    await page.goto('/ar/')
    await page.goto('/de/suche/?q=Sprache')
    await expect(page.locator('main')).toContainText(/Sprache/i, { timeout: 15_000 })
    await page.goto('/de/formulare/')
    await page.locator('main a[href^="/de/formulare/"]').first().click()
    await expect(page).toHaveURL(/\/de\/formulare\/[0-9A-Z]{5}\//)
    await page.waitForLoadState('networkidle')
    expect(blocked).toEqual([])
  })
})
