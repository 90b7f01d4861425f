import { expect, test } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './helpers/axe'

test.describe('languages', () => {
  test('should list on the Turkish landing page what exists in Turkish and say what does not', async ({ page }) => {
    await page.goto('/tr/')
    const available = page.getByRole('region', { name: 'Bu dilde mevcut' })
    await available.getByText(/Strateji \(1/).click()
    await available.getByRole('link', { name: '[Test] Hoş geldiniz' }).click()
    await expect(page).toHaveURL(/\/tr\/seiten\/grusswort\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('[Test] Hoş geldiniz')
    await expect(page.getByText(/Çeviri tarihi: .* · kontrol edildi/)).toBeVisible()

    await page.goto('/tr/')
    await expect(page.getByText(/Henüz bu dilde değil: .*96 Önlemler/)).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })

  test('should link the plain German and the German page to each other', async ({ page }) => {
    await page.goto('/de/seiten/grusswort/')
    const toPlain = page.locator('a[hreflang="de-x-simple"]').first()
    await expect(toPlain).toHaveAttribute('href', '/de-einfach/seiten/grusswort/')
    await page.goto('/de-einfach/seiten/grusswort/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.locator('a[hreflang="de"]').first()).toHaveAttribute('href', '/de/seiten/grusswort/')
  })

  test('should mirror the Farsi page', async ({ page }) => {
    await page.goto('/fa/massnahmen/')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa')
    await expectNoSeriousA11yViolations(page)
  })

  test('should explain an official term where it first appears, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/de/seiten/grusswort/')
    const term = page.locator('a.term', { hasText: 'Einwanderungsstadt' })
    await expect(term).toHaveCount(1)
    await expect(term).toHaveAccessibleDescription(/Eine Stadt, in die viele Menschen aus anderen Ländern ziehen/)
    await term.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#term-einwanderungsstadt$/)
    await expect(page.getByRole('complementary', { name: 'Begriffe auf dieser Seite' })).toContainText(
      'Einwanderungsstadt',
    )
    await context.close()
  })
})
