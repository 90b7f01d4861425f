import { expect, type Page, type Request } from '@playwright/test'

/**
 * Payload's admin sends the form's state to the server after each change (debounced). A row
 * added while such a request is under way shows its fields only after the next change, so a test
 * waits, as a person would, until the admin is quiet before adding rows.
 */
const inFlight = new WeakMap<Page, Set<Request>>()

export function watchFormState(page: Page): void {
  const pending = new Set<Request>()
  page.on('request', (request) => {
    if (request.method() === 'POST') pending.add(request)
  })
  page.on('requestfinished', (request) => pending.delete(request))
  page.on('requestfailed', (request) => pending.delete(request))
  inFlight.set(page, pending)
}

/** Resolves once no POST has been under way for `quietMs` (longer than the admin's debounce). */
export async function formStateSettled(page: Page, quietMs = 800): Promise<void> {
  const pending = inFlight.get(page)
  if (!pending) throw new Error('watchFormState(page) first')
  let quietSince = Date.now()
  await expect
    .poll(
      () => {
        if (pending.size > 0) quietSince = Date.now()
        return Date.now() - quietSince >= quietMs
      },
      { timeout: 30_000, intervals: [100] },
    )
    .toBe(true)
}
