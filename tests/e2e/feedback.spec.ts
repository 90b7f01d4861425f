import { expect, test } from '@playwright/test'

import { startSmtpServer } from '../helpers/startSmtpServer'
import { e2e, e2eEnv } from '../scripts/e2e-environment'
import { signInAsAdmin } from './helpers/signIn'

const cmsUrl = e2eEnv().CMS_URL
// Unique per run, so the admin part finds this run's message among earlier ones.
const marker = `[Test ${Date.now()}]`

test.describe('a resident reports a barrier', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('should send a report about the page they are on and get thanked in their language', async ({ page }) => {
      await page.goto('/ar/massnahmen/')
      await page.getByRole('contentinfo').getByRole('link', { name: 'الإبلاغ عن عائق في هذه الصفحة' }).click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
      await expect(page.getByRole('heading', { level: 1, name: 'ملاحظات حول إمكانية الوصول' })).toBeVisible()
      await expect(page.getByLabel('عنوان الصفحة المعنية (اختياري)')).toHaveValue('/ar/massnahmen/')
      await page.getByLabel('أحتاج إلى محتوى بصيغة متاحة').check()
      await page.getByLabel('رسالتك').fill(`${marker} Die Liste der Maßnahmen bitte als Word-Datei.`)
      await page.getByLabel('عنوان بريدك الإلكتروني (اختياري، لردّنا)').fill('resident@example.org')
      await page.waitForTimeout(1100) // the minimum fill time of the e2e portal
      await page.getByRole('button', { name: 'إرسال الرسالة' }).click()
      await expect(page).toHaveURL(/\/ar\/rueckmeldung\/danke\/$/)
      await expect(page.getByRole('heading', { level: 1, name: 'شكرًا على ملاحظاتك' })).toBeVisible()
    })

    test('should get bad input back with the problem named and nothing lost', async ({ page }) => {
      await page.goto(`${cmsUrl}/api/rueckmeldung?sprache=fa`)
      const message = 'دکمه <b>ارسال</b> کار نمی‌کند'
      await page.getByLabel('پیام شما').fill(message)
      await page.getByLabel('نام شما (اختیاری)').fill('Nasrin & "Co"')
      await page.getByLabel('نشانی ایمیل شما (اختیاری، برای پاسخ ما)').fill('nasrin-at-example')
      await page.waitForTimeout(1100)
      await page.getByRole('button', { name: 'ارسال پیام' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'پیام شما هنوز ارسال نشده است' })).toBeVisible()
      const summary = page.getByRole('alert')
      await expect(summary.getByRole('link')).toHaveText([
        'لطفاً بدون کد HTML بنویسید (مثلاً بدون <a> یا <script>).',
        'لطفاً یک نشانی ایمیل معتبر وارد کنید، مثلاً name@example.org، یا فیلد را خالی بگذارید.',
      ])
      await expect(page.getByLabel('پیام شما')).toHaveValue(message)
      await expect(page.getByLabel('نام شما (اختیاری)')).toHaveValue('Nasrin & "Co"')
      await expect(page.getByLabel('نشانی ایمیل شما (اختیاری، برای پاسخ ما)')).toHaveValue('nasrin-at-example')
      await expect(page.getByLabel('پیام شما')).toHaveAttribute('aria-invalid', 'true')
    })
  })

  test('should fill in and send the form with the keyboard alone, the focus always visible', async ({ page }) => {
    await page.goto(`${cmsUrl}/api/rueckmeldung?sprache=de&seite=/de/`)
    const focusVisible = async () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement
        const style = getComputedStyle(element)
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
      })
    await page.keyboard.press('Tab') // skip link
    await page.keyboard.press('Tab') // site name
    await page.keyboard.press('Tab') // the first topic
    await expect(page.getByLabel('Ich möchte eine Barriere melden')).toBeFocused()
    expect(await focusVisible()).toBe(true)
    await page.keyboard.press('ArrowDown')
    await expect(page.getByLabel('Ich brauche einen Inhalt in zugänglicher Form')).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Ihre Nachricht')).toBeFocused()
    expect(await focusVisible()).toBe(true)
    await page.keyboard.type(`${marker} Per Tastatur geschrieben.`)
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Adresse der Seite, um die es geht (freiwillig)')).toHaveValue('/de/')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Ihre E-Mail-Adresse (freiwillig, für unsere Antwort)')).toBeFocused()
    await page.keyboard.press('Tab') // the privacy link; the trap field is never reached
    await expect(page.getByRole('link', { name: 'Datenschutz' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Nachricht senden' })).toBeFocused()
    expect(await focusVisible()).toBe(true)
    await page.waitForTimeout(1100)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/de\/rueckmeldung\/danke\/$/)
  })
})

test.describe('an editor handles the report', () => {
  test('should see it with its deadline and answer it by e-mail from the admin', async ({ page, request }) => {
    // A report of its own, sent as a browser without JavaScript sends it: fetch the form, post it.
    const form = await (await request.get(`${cmsUrl}/api/rueckmeldung?sprache=ar&seite=/ar/`)).text()
    const token = /name="formular" value="([^"]+)"/.exec(form)![1]!
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const sent = await request.post(`${cmsUrl}/api/rueckmeldung`, {
      form: {
        sprache: 'ar',
        formular: token,
        anliegen: 'accessible-format',
        nachricht: `${marker} Editor test: die Liste als Word-Datei.`,
        seite: '/ar/',
        email: 'resident@example.org',
      },
      maxRedirects: 0,
    })
    expect(sent.status()).toBe(303)
    const smtp = await startSmtpServer(e2e.smtpPort)
    try {
      await signInAsAdmin(page)
      const due = page.getByTestId('feedback-due')
      await expect(due.getByRole('heading', { name: 'Rückmeldungen zur Barrierefreiheit' })).toBeVisible({
        timeout: 30_000,
      })
      const item = due.getByRole('listitem').filter({ hasText: `${marker} Editor test` })
      await expect(item).toContainText('Antwort fällig bis')
      await item.getByRole('link').click()
      await expect(page.getByRole('textbox', { name: /^Nachricht/ })).toHaveValue(
        `${marker} Editor test: die Liste als Word-Datei.`,
      )
      await page.getByLabel('Antwort', { exact: true }).fill('Die Word-Datei kommt mit dieser E-Mail.')
      await page.getByLabel('Beim Speichern per E-Mail an die Person senden').check()
      await page.getByRole('button', { name: 'Speichern' }).click()
      await expect.poll(() => smtp.received.length, { timeout: 15_000 }).toBe(1)
      expect(smtp.received[0]!.to).toEqual(['resident@example.org'])
      expect(smtp.received[0]!.raw).toContain('Die Word-Datei kommt mit dieser E-Mail.')
      await page.reload()
      await expect(page.getByText('Beantwortet').first()).toBeVisible()
    } finally {
      await smtp.stop()
    }
  })
})
