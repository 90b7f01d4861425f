import type { Endpoint, PayloadRequest } from 'payload'

import { feedbackFieldNames as names } from '@wir/shared/feedback'
import { localePath } from '@wir/shared/urls'

import { siteUrl } from '../env/siteUrl'
import { checkFormToken } from './formToken'
import { allowPost } from './rateLimit'
import { readerLocale, readerStrings } from './readerStrings'
import { renderFeedbackPage } from './renderFeedbackPage'
import { feedbackErrors, readFeedback, type FeedbackValues } from './validateFeedback'

/** Anything longer than this is not a message a person typed into the form. */
const maximumBodyBytes = 64 * 1024

const path = '/rueckmeldung'

function htmlResponse(html: string, status: number): Response {
  const site = new URL(siteUrl()).origin
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // No script at all; the form posts here and a successful post is redirected to the site.
      'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${site}; base-uri 'none'; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  })
}

const action = (req: PayloadRequest) => `${req.payload.config.routes.api}${path}`

/** The address the limit counts per: the proxy's (Next sets x-forwarded-for from the socket). */
function clientAddress(req: PayloadRequest): string {
  return req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || req.headers.get('x-real-ip') || 'unknown'
}

function thanks(locale: string): Response {
  const target = `${siteUrl().replace(/\/+$/, '')}${localePath(locale, { kind: 'list', section: 'feedbackThanks' })}`
  return new Response(null, { status: 303, headers: { Location: target, 'Cache-Control': 'no-store' } })
}

/** GET /api/rueckmeldung?sprache=ar&seite=/ar/massnahmen/x/: the form, in that language, about that page. */
export const feedbackFormEndpoint: Endpoint = {
  path,
  method: 'get',
  handler: async (req) => {
    const query = new URL(req.url ?? 'http://localhost/').searchParams
    const values: FeedbackValues = {
      topic: 'barrier',
      message: '',
      name: '',
      email: '',
      page: (query.get(names.page) ?? '').slice(0, 500),
      locale: readerLocale(query.get(names.locale)),
    }
    return htmlResponse(renderFeedbackPage({ values, action: action(req) }), 200)
  },
}

/**
 * POST /api/rueckmeldung: a plain HTML form post from any origin (the static site has no server
 * of its own). Only url-encoded form bodies are taken. It never acts with a session: a signed-in
 * editor's cookie may come along, but nothing here reads the user and the document is created
 * without one, so a forged post can do nothing a stranger could not do anyway: leave a message.
 */
export const feedbackPostEndpoint: Endpoint = {
  path,
  method: 'post',
  handler: async (req) => {
    const type = req.headers.get('content-type') ?? ''
    if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return new Response('Unsupported Media Type', { status: 415 })
    }
    const body = (await req.text?.()) ?? ''
    if (Buffer.byteLength(body) > maximumBodyBytes) return new Response('Payload Too Large', { status: 413 })
    const form = new URLSearchParams(body)
    const values = readFeedback(form)
    const t = readerStrings(values.locale)
    const again = (status: number, options: { notice?: string; errors?: ReturnType<typeof feedbackErrors> }) =>
      htmlResponse(renderFeedbackPage({ values, action: action(req), ...options }), status)

    // A filled trap field is a bot: it is told "thank you" and nothing is stored.
    if ((form.get(names.honeypot) ?? '') !== '') return thanks(values.locale)
    if (checkFormToken(form.get(names.token) ?? undefined) !== 'ok') {
      return again(400, { notice: t('feedback.error.tooFast') })
    }
    const errors = feedbackErrors(values)
    if (errors.length > 0) return again(400, { errors })
    if (!allowPost(clientAddress(req))) return again(429, { notice: t('feedback.error.rateLimit') })

    await req.payload.create({
      collection: 'feedback',
      data: {
        topic: values.topic,
        message: values.message,
        name: values.name,
        email: values.email,
        page: values.page,
        language: values.locale,
        status: 'new',
      },
      overrideAccess: true,
      context: { fromFeedbackForm: true },
    })
    return thanks(values.locale)
  },
}

export const feedbackEndpoints = [feedbackFormEndpoint, feedbackPostEndpoint]
