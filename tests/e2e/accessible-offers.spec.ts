import { expect, test } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './helpers/axe'

const pages = ['/de/', '/de-einfach/seiten/grusswort/', '/de-leicht/massnahmen/', '/ar/dienststellen/', '/fa/suche/']

test.describe('Leichte Sprache and Gebärdensprache in every header', () => {
  for (const path of pages) {
    test(`should offer both links with their German names in the header of ${path}`, async ({ page }) => {
      await page.goto(path)
      const header = page.getByRole('banner')
      const easy = header.getByRole('link', { name: 'Leichte Sprache', exact: true })
      const sign = header.getByRole('link', { name: 'Gebärdensprache', exact: true })
      await expect(easy).toHaveAttribute('href', '/de-leicht/')
      await expect(easy).toHaveAttribute('hreflang', 'de-x-ls')
      await expect(sign).toHaveAttribute('href', new RegExp(`^/${path.split('/')[1]}/gebaerdensprache/$`))
      // Marked as German on pages in other languages, so screen readers pronounce it right.
      if (path.startsWith('/de')) expect(await easy.getAttribute('lang')).toBeNull()
      else await expect(easy).toHaveAttribute('lang', 'de')
    })
  }

  test('should reach the Leichte Sprache explanations by keyboard and read them without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/ar/')
    const easy = page.getByRole('banner').getByRole('link', { name: 'Leichte Sprache', exact: true })
    for (let tab = 0; tab < 6 && !(await easy.evaluate((link) => link === document.activeElement)); tab++)
      await page.keyboard.press('Tab')
    await expect(easy).toBeFocused()
    // A visible focus indicator (the site's :focus-visible outline).
    expect(await easy.evaluate((link) => getComputedStyle(link).outlineStyle)).not.toBe('none')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/de-leicht\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    const explanations = page.getByRole('region', { name: 'Erklärungen zu dieser Website' })
    for (const heading of [
      'Was steht auf dieser Website?',
      'So finden Sie sich auf der Website zurecht',
      'Barriere-Freiheit auf dieser Website',
      'Mehr in Leichter Sprache und Gebärden-Sprache',
    ])
      await expect(explanations.getByRole('heading', { level: 3, name: heading })).toBeVisible()
    await expect(explanations.getByText('Die Stadt hat einen Plan.')).toBeVisible()
    await explanations.getByRole('link', { name: 'Video in Gebärden-Sprache' }).first().click()
    await expect(page).toHaveURL(/\/de-leicht\/gebaerdensprache\/#topic-content$/)
    await context.close()
  })

  test('should say plainly on the sign-language page that a video is still being produced', async ({ page }) => {
    await page.goto('/de/gebaerdensprache/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebärdensprache')
    const topic = page.getByRole('region', { name: 'Wie finde ich mich zurecht?' })
    await expect(topic.getByRole('note')).toHaveText(/Das Video in Gebärdensprache wird gerade produziert/)
    await expect(topic.getByRole('link', { name: 'Diesen Teil in Leichter Sprache lesen' })).toHaveAttribute(
      'href',
      '/de-leicht/#topic-navigation',
    )
    await expectNoSeriousA11yViolations(page)
    await page.goto('/ar/gebaerdensprache/')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('لغة الإشارة الألمانية')
    await expectNoSeriousA11yViolations(page)
  })

  test('should tell a Leichte Sprache reader honestly that a page is shown in another version', async ({ page }) => {
    await page.goto('/de/seiten/grusswort/')
    await page.getByText(/^Sprache: Deutsch/).click()
    await page.getByRole('link', { name: 'Leichte Sprache', exact: true }).last().click()
    await expect(page).toHaveURL(/\/de-leicht\/seiten\/grusswort\/$/)
    await expect(page.getByRole('note').first()).toHaveText(
      /Diesen Text gibt es noch nicht in Leichter Sprache\. Hier steht der Text in dieser Sprache: (Einfache Sprache|Deutsch)\./,
    )
    // A page that is only a fallback is no language version: not for search engines.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow')
    await expectNoSeriousA11yViolations(page)
  })

  test('should pass axe on the Leichte Sprache home with its explanations', async ({ page }) => {
    await page.goto('/de-leicht/')
    await expect(page.getByRole('heading', { level: 2, name: 'Erklärungen zu dieser Website' })).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })
})
