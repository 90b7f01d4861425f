import { readFileSync } from 'node:fs'

import { expect, test, type Page } from '@playwright/test'

import { e2eEnv } from '../scripts/e2e-environment'
import { expectNoSeriousA11yViolations } from './helpers/axe'

type SnapshotForm = { code: string; sections: { fields: { germanLabel: string }[] }[] }
const firstForm = () =>
  (JSON.parse(readFileSync(e2eEnv().WIR_SNAPSHOT!, 'utf8')) as { forms: SnapshotForm[] }).forms[0]!

type Spoken = { text: string; lang: string; voice?: string }

/**
 * Headless Chromium usually has no voices. This stands in for the browser's speech synthesis at
 * page level (before any script runs): it offers an Arabic and a German voice and records every
 * utterance, so the test sees what would be spoken, in which language and voice, without sound.
 */
async function fakeSpeech(page: Page) {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; voice?: string }[] = []
    const calls: string[] = []
    ;(window as unknown as { __speech: object }).__speech = { spoken, calls }
    const voices = [
      { lang: 'ar-SA', name: 'Test Arabic', default: false, localService: true, voiceURI: 'test-ar' },
      { lang: 'de-DE', name: 'Test German', default: true, localService: true, voiceURI: 'test-de' },
    ]
    const fake = {
      getVoices: () => voices,
      speak: (utterance: { text: string; lang: string; voice: { name: string } | null }) => {
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name })
      },
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
      cancel: () => calls.push('cancel'),
      addEventListener: () => undefined,
      speaking: false,
      paused: false,
      pending: false,
    }
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true })
    // Chromium's own utterance accepts only its own voice objects: a plain stand-in records the rest.
    class FakeUtterance {
      lang = ''
      voice: unknown = null
      onstart: (() => void) | null = null
      onend: (() => void) | null = null
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true })
  })
}

test.describe('read aloud (Vorlesen)', () => {
  test('should keep the button hidden where the browser has no voice for the page language', async ({ page }) => {
    await page.goto('/de/seiten/grusswort/')
    const controls = page.locator('[data-read-aloud]')
    await expect(controls).toHaveCount(1)
    await page.waitForLoadState('load')
    const hasGermanVoice = await page.evaluate(() =>
      speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith('de')),
    )
    // Real voices on this machine: the button is offered; none (headless): it stays hidden.
    if (hasGermanVoice) await expect(page.getByRole('button', { name: 'Vorlesen' })).toBeVisible()
    else await expect(page.getByRole('button', { name: 'Vorlesen' })).toBeHidden()
  })

  test('should load no script on pages that have nothing to read aloud', async ({ page }) => {
    await page.goto('/de/massnahmen/')
    await expect(page.locator('script[src="/read-aloud.js"]')).toHaveCount(0)
    await expect(page.locator('[data-read-aloud]')).toHaveCount(0)
  })

  test('should read an Arabic form page block by block, the German labels in German, by keyboard', async ({ page }) => {
    await fakeSpeech(page)
    const form = firstForm()
    await page.goto(`/ar/formulare/${form.code}/`)
    const start = page.getByRole('button', { name: 'اقرأ بصوت عالٍ' })
    await expect(start).toBeVisible()
    await start.focus()
    await page.keyboard.press('Enter')
    const spoken = await page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken)
    const label = form.sections[0]!.fields[0]!.germanLabel
    expect(spoken).toContainEqual({ text: label, lang: 'de', voice: 'Test German' })
    expect(spoken.some((utterance) => utterance.lang === 'ar' && utterance.voice === 'Test Arabic')).toBe(true)
    // The controls themselves are never read.
    expect(spoken.some((utterance) => utterance.text.includes('اقرأ بصوت عالٍ'))).toBe(false)

    // Pause, resume and stop, each reachable and focused in turn.
    const pause = page.getByRole('button', { name: 'إيقاف مؤقت' })
    await expect(pause).toBeFocused()
    await page.keyboard.press('Enter')
    const resume = page.getByRole('button', { name: 'متابعة' })
    await expect(resume).toBeFocused()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'إيقاف', exact: true }).click()
    await expect(start).toBeVisible()
    const calls = await page.evaluate(() => (window as unknown as { __speech: { calls: string[] } }).__speech.calls)
    expect(calls).toEqual(['cancel', 'pause', 'resume', 'cancel'])
    await expectNoSeriousA11yViolations(page)
  })
})
