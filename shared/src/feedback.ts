/**
 * The feedback channel of the accessibility statement: what a reader can send, the limits the
 * CMS enforces and where the site links to. One table for the CMS endpoint, the form it renders
 * and the site's links.
 */

/** Why someone writes: a barrier on a page, or a request for content in an accessible format. */
export const feedbackTopics = ['barrier', 'accessible-format', 'other'] as const
export type FeedbackTopic = (typeof feedbackTopics)[number]

export const feedbackLimits = {
  message: 5000,
  name: 200,
  email: 254,
  page: 500,
} as const

/** Form field names, as posted (German where a person might read them in the address bar). */
export const feedbackFieldNames = {
  topic: 'anliegen',
  message: 'nachricht',
  name: 'name',
  email: 'email',
  page: 'seite',
  locale: 'sprache',
  /** Signed time the form was handed out (minimum fill time). */
  token: 'formular',
  /** Hidden from people (and from assistive technology); bots fill it in. */
  honeypot: 'website',
} as const

/**
 * The form's address on the CMS: WIR_FEEDBACK_URL, else `<CMS_URL>/api/rueckmeldung` with CMS_URL's
 * documented default (`http://localhost:<CMS_PORT or 3000>`): the law wants the channel on every
 * page, so it is never silently left out. Set WIR_FEEDBACK_URL empty to link no form. Links only:
 * the form lives on the CMS, so the site's own CSP (form-action 'self') needs no exception.
 */
export function feedbackUrl(env: Record<string, string | undefined> = process.env): string {
  if (env.WIR_FEEDBACK_URL !== undefined) return env.WIR_FEEDBACK_URL.trim()
  const cms = env.CMS_URL || `http://localhost:${env.CMS_PORT || 3000}`
  return `${cms.replace(/\/+$/, '')}/api/rueckmeldung`
}

/** The form in a reader's language, optionally about one page of the site. */
export function feedbackFormUrl(base: string, locale: string, page?: string): string {
  const params = new URLSearchParams({ [feedbackFieldNames.locale]: locale })
  if (page) params.set(feedbackFieldNames.page, page)
  return `${base}?${params}`
}
