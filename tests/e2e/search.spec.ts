import { expect, test } from '@playwright/test'

test.describe('a resident searches the site', () => {
  test('should find a measure by words from its text in the English index', async ({ page }) => {
    await page.goto('/en/suche/')
    await page.locator('.pagefind-ui__search-input').fill('initial school counselling')
    const firstResult = page.locator('.pagefind-ui__result-link').first()
    await expect(firstResult).toBeVisible({ timeout: 15_000 })
    await expect(firstResult).toHaveText(/Expansion of municipal advisory structures/)
    await firstResult.click()
    await expect(page).toHaveURL(/\/en\/massnahmen\/expansion-of-municipal-advisory-structures-with-regard-to-initial\/$/)
  })

  test('should find a German strategy page in the German index, and nothing English-only', async ({ page }) => {
    await page.goto('/de/suche/')
    await page.locator('.pagefind-ui__search-input').fill('Teilhabegerechtigkeit')
    await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText('Grußwort', { timeout: 15_000 })

    await page.locator('.pagefind-ui__search-input').fill('counselling')
    await expect(page.locator('.pagefind-ui__message')).toContainText(/Keine|0/, { timeout: 15_000 })
  })

  test('should tell readers without JavaScript where to go instead', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/de/suche/')
    await expect(page.getByRole('main').getByRole('link', { name: /Startseite/ })).toBeVisible()
    await context.close()
  })
})
