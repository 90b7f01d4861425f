import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { e2eEnv } from '../scripts/e2e-environment'
import { signInAsAdmin } from './helpers/signIn'
import { checkedLocales, sharedTemplates, siteTemplates, type Template } from './helpers/templates'

const cmsUrl = e2eEnv().CMS_URL

/** WCAG 2.1 A/AA findings of impact serious or critical, as one line each. */
async function seriousFindings(page: Page, only: string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  for (const selector of only) builder = builder.include(selector)
  const results = await builder.analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    )
}

async function checkAll(page: Page, templates: Template[]): Promise<string[]> {
  const problems: string[] = []
  for (const template of templates) {
    const response = await page.goto(template.path)
    if ((response?.status() ?? 0) !== (template.status ?? 200)) {
      problems.push(`${template.name} ${template.path}: HTTP ${response?.status()}`)
      continue
    }
    for (const finding of await seriousFindings(page)) problems.push(`${template.name} ${template.path}: ${finding}`)
  }
  return problems
}

test.describe('every page template passes axe (no serious or critical WCAG 2.1 AA finding)', () => {
  for (const row of checkedLocales) {
    test(`in ${row.englishName} (${row.code})`, async ({ page }) => {
      test.setTimeout(240_000)
      const templates = siteTemplates(row.code)
      // The CMS serves the feedback form: new, and again after bad input.
      templates.push({ name: 'feedback form', path: `${cmsUrl}/api/rueckmeldung?sprache=${row.code}&seite=/` })
      expect(await checkAll(page, templates)).toEqual([])
      await page.goto(`${cmsUrl}/api/rueckmeldung?sprache=${row.code}`)
      await page.locator('textarea').fill('<b>x</b>')
      await page.locator('button[type=submit]').click()
      await expect(page.getByRole('alert')).toBeVisible()
      expect(await seriousFindings(page), 'feedback form with errors').toEqual([])
    })
  }

  test('outside the language versions: language chooser, scan pages, site-wide not found', async ({ page }) => {
    expect(await checkAll(page, sharedTemplates())).toEqual([])
  })

  // Our own admin components, scoped: Payload's own chrome around them (the locale switcher,
  // list headers, row checkboxes) has findings of its own that only Payload can fix.
  test("in the admin's own views: dashboard, feedback due, translations, publishing status", async ({ page }) => {
    test.setTimeout(180_000)
    await signInAsAdmin(page)
    await expect(page.getByTestId('dashboard-welcome')).toBeVisible({ timeout: 30_000 })
    const problems: string[] = []
    const views = [
      { name: 'dashboard', path: '/admin', parts: ['[data-testid=dashboard-welcome]', '[data-testid=feedback-due]'] },
      {
        name: 'translations',
        path: '/admin/uebersetzungen',
        parts: ['.translation-overview', 'section[aria-labelledby=worklist-heading]'],
      },
      {
        name: 'publishing status',
        path: '/admin/veroeffentlichung',
        parts: [
          '[data-testid=live-build]',
          'section[aria-labelledby=queue-heading]',
          'section[aria-labelledby=history-heading]',
        ],
      },
    ]
    for (const view of views) {
      await page.goto(`${cmsUrl}${view.path}`)
      for (const part of view.parts) await expect(page.locator(part).first()).toBeVisible({ timeout: 30_000 })
      for (const finding of await seriousFindings(page, view.parts)) problems.push(`${view.name}: ${finding}`)
    }
    expect(problems).toEqual([])
  })
})

test.describe('layout and motion preferences', () => {
  const sample = (locale: string) =>
    siteTemplates(locale).filter((template) =>
      ['home', 'measure', 'form help', 'search', 'accessibility statement', 'glossary'].includes(template.name),
    )

  test('should reflow at 320 CSS pixels without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    const wide: string[] = []
    for (const locale of ['de', 'ar']) {
      const pages = [...sample(locale).map((t) => t.path), `${cmsUrl}/api/rueckmeldung?sprache=${locale}`]
      for (const path of pages) {
        await page.goto(path)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        if (width > 320) wide.push(`${path}: ${width}px`)
      }
    }
    expect(wide).toEqual([])
  })

  test('should keep the keyboard focus visible in forced colors (Windows high contrast)', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' })
    for (const path of ['/de/', '/ar/barrierefreiheit/', `${cmsUrl}/api/rueckmeldung?sprache=de`]) {
      await page.goto(path)
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab')
        const outline = await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement as Element)
          return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
        })
        expect(outline.style, `${path}, Tab ${i + 1}`).not.toBe('none')
        expect(outline.width, `${path}, Tab ${i + 1}`).toBeGreaterThanOrEqual(2)
      }
    }
  })

  test('should not animate anything for readers who ask for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const moving: string[] = []
    for (const path of [...sample('de').map((t) => t.path), '/', `${cmsUrl}/api/rueckmeldung?sprache=de`]) {
      await page.goto(path)
      moving.push(
        ...(await page.evaluate(() =>
          [...document.querySelectorAll('*')].flatMap((element) => {
            const style = getComputedStyle(element)
            const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0))
            const moves =
              seconds(style.animationDuration) > 0.01 ||
              seconds(style.transitionDuration) > 0.01 ||
              style.scrollBehavior === 'smooth'
            return moves ? [`${location.pathname} ${element.tagName.toLowerCase()}.${element.className}`] : []
          }),
        )),
      )
    }
    expect(moving).toEqual([])
  })
})
