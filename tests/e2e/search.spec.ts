import { expect, test, type Page } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './helpers/axe'

/** Types a query into the search form as a reader does and waits for the status line. */
async function search(page: Page, locale: string, term: string) {
  await page.goto(`/${locale}/suche/`)
  const box = page.getByRole('searchbox')
  await box.fill(term)
  await box.press('Enter')
  await expect(page.getByRole('status')).not.toHaveText(/^$|…$/, { timeout: 15_000 })
}

const ownResults = (page: Page) => page.locator('.search-results .results > li')
const firstLink = (page: Page) => ownResults(page).first().getByRole('link')

test.describe('a resident searches the site in their language', () => {
  test('should find the German page on residence law for "Aufenthalt", labelled with its type', async ({ page }) => {
    await search(page, 'de', 'Aufenthalt')
    await expect(firstLink(page)).toHaveText('Rahmenbedingungen für die Umsetzung')
    await expect(ownResults(page).first().locator('.kind')).toHaveText('Seite')
    await expect(ownResults(page).first().locator('mark').first()).toContainText(/Aufenthalt/i)
    await expectNoSeriousA11yViolations(page)
    await firstLink(page).click()
    await expect(page).toHaveURL(/\/de\/seiten\/rahmenbedingungen-fuer-die-umsetzung\/$/)
  })

  test('should find the field of action first for "education" in English, and narrow by type and field', async ({
    page,
  }) => {
    await search(page, 'en', 'education')
    await expect(firstLink(page)).toHaveText('Education')
    const all = await ownResults(page).count()
    const total = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0])

    await page.getByLabel('Type').selectOption({ label: 'Office' })
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “education”\.$/)
    const offices = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0])
    expect(offices).toBeGreaterThan(0)
    expect(offices).toBeLessThan(total)
    await expect(ownResults(page).locator('.kind')).toHaveText(Array(Math.min(offices, 10)).fill('Office'))

    await page.getByLabel('Field of action').selectOption({ label: 'Democracy' })
    await expect(page.getByRole('status')).not.toHaveText(`${offices} results for “education”.`)
    const narrowed = Number((await page.getByRole('status').textContent())!.match(/\d+/)?.[0] ?? 0)
    expect(narrowed).toBeLessThan(offices)
    // The filters are in the address: the narrowed search can be shared.
    expect(new URL(page.url()).searchParams.get('type')).toBe('office')
    expect(all).toBeGreaterThan(0)
  })

  test('should find the office by its code "15.3", first, in English and in Arabic', async ({ page }) => {
    await search(page, 'en', '15.3')
    await expect(firstLink(page)).toHaveText('Press and Public Relations')
    await expect(firstLink(page)).toHaveAttribute('href', /\/en\/dienststellen\/15-3\/$/)

    await search(page, 'ar', '15.3')
    await expect(firstLink(page)).toHaveAttribute('href', /\/ar\/dienststellen\/15-3\/$/)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  })

  test('should find an office with an Arabic query in the Arabic index', async ({ page }) => {
    // The seed content has no Arabic text yet; the Arabic office pages are indexed under their
    // Arabic heading "الوحدة الإدارية <code>" (administrative unit), which is what this finds.
    await search(page, 'ar', 'الوحدة الإدارية 56.1')
    await expect(firstLink(page)).toHaveAttribute('href', /\/ar\/dienststellen\/56-1\/$/)
    await expect(firstLink(page)).toHaveText('الوحدة الإدارية 56.1')
  })

  test('should offer an Arabic reader the German results, labelled, when Arabic has none', async ({ page }) => {
    // Not "Aufenthalt": the German labels printed on the example forms are (rightly) indexed
    // on every language's form help page, so an Arabic reader finds the form by the paper's word.
    await search(page, 'ar', 'Rahmenbedingungen')
    await expect(page.getByRole('status')).toContainText('لا توجد نتائج')
    const german = page.getByRole('region', { name: 'نتائج باللغة الألمانية' })
    await expect(german).toBeVisible()
    const link = german.getByRole('link').first()
    await expect(link).toHaveText('Rahmenbedingungen für die Umsetzung')
    await expect(link.locator('xpath=..')).toHaveAttribute('lang', 'de')
    await expect(link).toHaveAttribute('href', /^\/de\/seiten\/rahmenbedingungen-fuer-die-umsetzung\/$/)
    await expectNoSeriousA11yViolations(page)
  })

  test('should keep German and plain-German pages apart in the shared German index', async ({ page }) => {
    await search(page, 'de', '15.3')
    await expect(page.getByLabel('Fassung')).toHaveValue('de')
    for (const href of await ownResults(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/de\//)
    }
    await page.getByLabel('Fassung').selectOption({ label: 'Einfache Sprache' })
    await expect(firstLink(page)).toHaveAttribute('href', /^\/de-einfach\/dienststellen\/15-3\/$/)
  })

  test('should hide the notice for readers without JavaScript once the search runs', async ({ page }) => {
    await page.goto('/de/suche/')
    await expect(page.getByRole('searchbox')).toBeVisible()
    await expect(page.getByText('Die Suche braucht JavaScript')).toBeHidden()
  })

  test('should tell readers without JavaScript where to go instead', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/de/suche/')
    await expect(page.getByRole('search')).toBeHidden()
    await expect(page.getByRole('main').getByText('Die Suche braucht JavaScript')).toBeVisible()
    await expect(page.getByRole('main').getByRole('link', { name: 'Startseite' })).toHaveAttribute('href', '/de/')
    await page.getByRole('main').getByRole('link', { name: 'Seitenübersicht' }).click()
    await expect(page).toHaveURL(/\/de\/seitenuebersicht\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seitenübersicht')
    await expect(page.getByRole('main').getByRole('link', { name: /15\.3/ })).toBeVisible()
    await context.close()
  })
})
