import { expect, test } from '@playwright/test'

import { expectNoSeriousA11yViolations } from './helpers/axe'

/** The picture the e2e test data put on the welcome page (tests/scripts/e2e-fixture-content.ts). */
test.describe('images', () => {
  test('should show a responsive picture with the alt text of the page language, marked when it falls back', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/tr/seiten/grusswort/')
    const image = page.locator('main picture img')
    await expect(image).toHaveAttribute('alt', '[Test] Maviden pembeye renk geçişi')
    await expect(image).not.toHaveAttribute('lang', /./)
    await expect(image).toHaveAttribute('loading', 'lazy')
    await expect(image).toHaveAttribute('width', '1600')
    await expect(image).toHaveAttribute('height', '900')
    await expect(image).toHaveAttribute(
      'srcset',
      /\/media\/e2e-farbverlauf-\d+-400\.png 400w, .*-800\.png 800w, .*-1200\.png 1200w$/,
    )
    await expect(page.locator('main picture source[type="image/avif"]')).toHaveAttribute('srcset', /-400\.avif 400w/)
    await expect(page.locator('main picture source[type="image/webp"]')).toHaveAttribute('srcset', /-400\.webp 400w/)

    // A phone at 1x loads the small AVIF, and it is a real image of the promised size.
    await image.scrollIntoViewIfNeeded()
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    const current = await image.evaluate((img: HTMLImageElement) => img.currentSrc)
    expect(current).toMatch(/-400\.avif$/)
    const response = await page.request.get(current)
    expect(response.headers()['content-type']).toBe('image/avif')
    expect((await response.body()).subarray(4, 12).toString('latin1')).toBe('ftypavif')
    await expectNoSeriousA11yViolations(page)

    // Arabic is not published for this page: the German alt text, marked as German.
    await page.goto('/ar/seiten/grusswort/')
    await expect(page.locator('main picture img')).toHaveAttribute('alt', '[Test] Farbverlauf von Blau nach Rosa')
    await expect(page.locator('main picture img')).toHaveAttribute('lang', 'de')
    await expect(page.locator('main picture img')).toHaveAttribute('dir', 'ltr')
  })
})
