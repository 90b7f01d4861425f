import type { Page } from '@playwright/test'

import { e2e, e2eEnv } from '../../scripts/e2e-environment'

/** Signs in to the admin as the e2e portal's first admin, as a person does on the login page. */
export async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto(`${e2eEnv().CMS_URL}/admin/login`)
  await page.getByLabel('E-Mail').fill(e2e.admin.email)
  await page.getByLabel('Passwort').fill(e2e.admin.password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
}
