import { expect, test } from '@playwright/test'

import { e2e, e2eEnv } from '../scripts/e2e-environment'

const env = e2eEnv()
const cmsUrl = env.CMS_URL
const slug = 'expansion-of-municipal-advisory-structures-with-regard-to-initial'
const editor = { email: 'e2e-redaktion@example.org', password: 'e2e-redaktion-passwort' }

test.describe('an editor publishes a change', () => {
  test.use({ locale: 'de-DE' })
  // Build queue delay + a full site build (≈2,300 pages with search index) + status refresh.
  test.setTimeout(180_000)

  test('should edit a measure, preview it, publish it, see the build go live and the change on the site', async ({
    page,
    request,
  }) => {
    // The editor's account, created by the admin through the API (as the admin would in the UI).
    const login = await request.post(`${cmsUrl}/api/users/login`, { data: e2e.admin })
    const adminToken = (await login.json()).token as string
    const auth = { Authorization: `JWT ${adminToken}` }
    await request.post(`${cmsUrl}/api/users`, {
      headers: auth,
      data: { ...editor, name: 'Erika Redaktion', roles: ['editor'] },
    })
    const found = await request.get(`${cmsUrl}/api/measures?where[slug][equals]=${slug}&depth=0`, { headers: auth })
    const measureId = (await found.json()).docs[0].id
    const contact = `Kontakt geprüft am ${new Date().toISOString().slice(0, 19)}`

    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill(editor.email)
    await page.getByLabel('Passwort').fill(editor.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByRole('link', { name: 'Maßnahmen' }).first()).toBeVisible({ timeout: 30_000 })

    // The release that is live before the change.
    await page.goto(`${cmsUrl}/admin/veroeffentlichung`)
    const live = page.getByTestId('live-build')
    const releaseBefore = await live.locator('code').first().textContent()

    await page.goto(`${cmsUrl}/admin/collections/measures/${measureId}?locale=en`)
    const contactField = page.getByLabel('Ansprechpartner (Text wie veröffentlicht)')
    await contactField.fill(contact)
    await page.getByRole('button', { name: 'Entwurf speichern' }).click()
    await expect(page.getByText(/erfolgreich|gespeichert/i).first()).toBeVisible({ timeout: 15_000 })

    // Preview: the draft as residents will see it, in the editor's locale, in a new tab.
    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      page
        .getByRole('button', { name: 'Vorschau' })
        .or(page.getByRole('link', { name: 'Vorschau' }))
        .first()
        .click(),
    ])
    await preview.waitForLoadState()
    await expect(preview.getByText(contact)).toBeVisible({ timeout: 30_000 })
    await expect(preview.getByText('Vorschau (English)')).toBeVisible()
    await expect(preview.locator('html')).toHaveAttribute('lang', 'en')
    await preview.close()
    // Not live yet.
    expect(await (await request.get(`${env.SITE_URL}/en/massnahmen/${slug}/`)).text()).not.toContain(contact)

    await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
    await expect(page.getByText(/erfolgreich|veröffentlicht/i).first()).toBeVisible({ timeout: 15_000 })

    // The document view keeps the navigation folded away.
    const menu = page.getByRole('button', { name: 'Öffnen Menü' })
    if (await menu.isVisible()) await menu.click()
    await page.getByRole('link', { name: 'Veröffentlichung (Status der Website)' }).click()
    await expect(page).toHaveURL(/\/admin\/veroeffentlichung$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Veröffentlichung' })).toBeVisible()
    // The view refreshes itself while a build waits or runs.
    await expect(live.locator('code').first()).not.toHaveText(releaseBefore!, { timeout: 150_000 })
    await expect(live).toContainText('Erika Redaktion')
    await expect(live).toContainText('Live seit')
    await expect(live).toContainText(/Maßnahme „.*“ veröffentlicht/)
    // Nothing went wrong, so no warning above the admin's pages.
    await expect(page.getByTestId('publishing-problem')).toHaveCount(0)

    await page.goto(`${env.SITE_URL}/en/massnahmen/${slug}/`)
    await expect(page.getByText(contact)).toBeVisible()
  })

  test('should not let an anonymous visitor open a preview link', async ({ request }) => {
    const response = await request.get(`${cmsUrl}/api/vorschau?token=abc.def`)
    expect(response.status()).toBe(403)
  })
})
