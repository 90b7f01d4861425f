import { feedbackFieldNames as names, feedbackLimits, feedbackTopics, type FeedbackTopic } from '@wir/shared/feedback'

import { readerLocale } from './readerStrings'

/** Exactly what the person typed (trimmed), and nothing else: no address, no browser details. */
export type FeedbackValues = {
  topic: FeedbackTopic
  message: string
  name: string
  email: string
  page: string
  locale: string
}

export type FeedbackField = 'message' | 'name' | 'email' | 'page'
/** An interface string key (site/src/i18n) and its parameters. */
export type FeedbackError = { field: FeedbackField; key: string; params?: Record<string, number> }

// Markup, not a lone "<" in a sentence ("weniger als < 3 Klicks"): a tag, comment or declaration.
const markup = /<[a-z!/?][^<>]*>/i
// Deliberately simple: one "@", a dot in the domain, no spaces or angle brackets. Real checking
// is the answer arriving; rejecting a valid but unusual address would be worse.
const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

export function readFeedback(form: URLSearchParams): FeedbackValues {
  const text = (name: string) => (form.get(name) ?? '').replace(/\r\n/g, '\n').trim()
  const topic = text(names.topic)
  return {
    topic: (feedbackTopics as readonly string[]).includes(topic) ? (topic as FeedbackTopic) : 'barrier',
    message: text(names.message),
    name: text(names.name),
    email: text(names.email),
    page: text(names.page),
    locale: readerLocale(text(names.locale)),
  }
}

/** Every problem with the values, in form order; empty when they can be stored. */
export function feedbackErrors(values: FeedbackValues): FeedbackError[] {
  const errors: FeedbackError[] = []
  const fields: FeedbackField[] = ['message', 'page', 'name', 'email']
  for (const field of fields) {
    const value = values[field]
    if (field === 'message' && value === '') {
      errors.push({ field, key: 'feedback.error.messageMissing' })
    } else if ([...value].length > feedbackLimits[field]) {
      errors.push({ field, key: 'feedback.error.tooLong', params: { max: feedbackLimits[field] } })
    } else if (markup.test(value)) {
      errors.push({ field, key: 'feedback.error.html' })
    } else if (field === 'email' && value !== '' && !emailPattern.test(value)) {
      errors.push({ field, key: 'feedback.error.email' })
    }
  }
  return errors
}
