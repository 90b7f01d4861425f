/**
 * Links to the feedback form. The form is served by the CMS (it hands out a signed time for the
 * minimum fill time and fills in the page a reader came from, which a static page cannot do
 * without JavaScript); the site only links to it (see feedbackUrl for the address).
 */
import { feedbackFormUrl, feedbackUrl } from '@wir/shared/feedback'

const base = feedbackUrl()

/** The form in the reader's language, about `page` when given; undefined without a configured form. */
export function feedbackLink(locale: string, page?: string): string | undefined {
  return base ? feedbackFormUrl(base, locale, page) : undefined
}
