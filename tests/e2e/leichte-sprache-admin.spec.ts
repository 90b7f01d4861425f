import { expect, test } from '@playwright/test'

import { e2e, e2eEnv } from '../scripts/e2e-environment'

const cmsUrl = e2eEnv().CMS_URL

test.describe('an editor writing Leichte Sprache', () => {
  test('should see the Leichte Sprache rules as hints while typing, and still save', async ({ page, request }) => {
    const login = await request.post(`${cmsUrl}/api/users/login`, {
      data: { email: e2e.admin.email, password: e2e.admin.password },
    })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    const { docs } = await (
      await request.get(
        `${cmsUrl}/api/pages?where[slug][equals]=rahmenbedingungen-fuer-die-umsetzung&depth=0&locale=de`,
        { headers },
      )
    ).json()
    const id = docs[0].id

    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel('E-Mail').fill(e2e.admin.email)
    await page.getByLabel('Passwort').fill(e2e.admin.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await expect(page.getByRole('link', { name: 'Aktuelles' }).first()).toBeVisible({ timeout: 30_000 })
    await page.goto(`${cmsUrl}/admin/collections/pages/${id}?locale=de-x-ls`)
    const subtitle = page.getByLabel('Untertitel')
    await expect(subtitle).toBeVisible({ timeout: 30_000 })
    // A new text on every run, so the form has something to save.
    await subtitle.fill(
      `Der Antrag wird geprüft. Bringen Sie z. B. drei Fotos und die Meldebescheinigung mit. Nummer ${Date.now()}.`,
    )

    const rules = page.getByRole('region', { name: 'Regeln für Leichte Sprache (Hinweise, kein Fehler)' })
    await expect(rules.getByText('Abkürzungen: 1')).toBeVisible()
    await expect(rules.getByText('Passiv (Hinweis): 1')).toBeVisible()
    await expect(rules.getByText('Zahlen als Wort: 1')).toBeVisible()
    await rules.getByText(/Lange Wörter ohne Bindestrich/).click()
    await expect(rules.getByText('Meldebescheinigung', { exact: true })).toBeVisible()
    await expect(rules.getByText(/„Melde-Bescheinigung“/)).toBeVisible()

    // Advice only: the draft saves.
    await page.getByRole('button', { name: 'Entwurf speichern' }).click()
    await expect(page.getByText(/erfolgreich|gespeichert/i).first()).toBeVisible({ timeout: 30_000 })
    // Leave the page, so the document is unlocked for others.
    await page.goto(`${cmsUrl}/admin`)
  })
})
