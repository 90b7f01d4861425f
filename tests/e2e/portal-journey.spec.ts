import { expect, test } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './helpers/axe'

test.describe('a resident finds a measure and who is responsible for it', () => {
  test('should go from the language chooser to a German field of action, a measure and its office', async ({
    page,
  }) => {
    await page.goto('/')
    await page.getByRole('link', { name: /^Deutsch\b/ }).click()
    await expect(page).toHaveURL(/\/de\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expectNoSeriousA11yViolations(page)

    await page.getByRole('main').getByRole('link', { name: 'Bildung', exact: true }).first().click()
    await expect(page).toHaveURL(/\/de\/handlungsfelder\/bildung\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bildung')
    await expectNoSeriousA11yViolations(page)

    const measureTitle =
      'Expansion of municipal advisory structures with regard to initial school counselling and school inclusion'
    await page.getByRole('link', { name: measureTitle }).click()
    await expect(page).toHaveURL(
      /\/de\/massnahmen\/expansion-of-municipal-advisory-structures-with-regard-to-initial\/$/,
    )
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading).toHaveText(measureTitle)
    // The measure exists in English only: shown as English, marked as such, with a German notice.
    await expect(
      page.locator('[lang="en"]').filter({ hasText: 'initial school counselling service' }).first(),
    ).toBeVisible()
    await expect(page.getByText(/nicht auf Deutsch verfügbar|noch nicht.*Deutsch/i).first()).toBeVisible()
    await expectNoSeriousA11yViolations(page)

    await page
      .getByRole('main')
      .getByRole('link', { name: /40\.13/ })
      .first()
      .click()
    await expect(page).toHaveURL(/\/de\/dienststellen\/40-13\/$/)
    await expect(page.getByRole('main').getByRole('link', { name: measureTitle })).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })

  test('should read the page in Arabic right to left, with a mirrored layout', async ({ page }) => {
    await page.goto('/ar/')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    const direction = await page.evaluate(() => getComputedStyle(document.body).direction)
    expect(direction).toBe('rtl')
    // Mirrored: the main heading starts at the right edge of the content area.
    const box = await page.getByRole('heading', { level: 1 }).boundingBox()
    const viewport = page.viewportSize()!
    expect(box!.x + box!.width).toBeGreaterThan(viewport.width / 2)
    await expectNoSeriousA11yViolations(page)

    await page.goto('/ar/handlungsfelder/bildung/')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expectNoSeriousA11yViolations(page)
  })

  test('should offer every language version of a page in its own script', async ({ page }) => {
    await page.goto('/de/handlungsfelder/bildung/')
    const farsi = page.locator('a[hreflang="fa"]').first()
    await expect(farsi).toHaveText('فارسی')
    await expect(farsi).toHaveAttribute('href', /\/fa\/handlungsfelder\/bildung\/$/)
  })

  test('should work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/de/massnahmen/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await page.getByRole('main').getByRole('link').count()).toBeGreaterThan(90)
    await context.close()
  })
})
