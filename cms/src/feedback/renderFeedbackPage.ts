import { feedbackFieldNames as names, feedbackLimits, feedbackTopics } from '@wir/shared/feedback'
import { getLocale } from '@wir/shared/locales'
import { localePath } from '@wir/shared/urls'

import { siteUrl } from '../env/siteUrl'
import { createFormToken } from './formToken'
import { readerStrings } from './readerStrings'
import { retentionDays } from './retention'
import type { FeedbackError, FeedbackField, FeedbackValues } from './validateFeedback'

/** Everything a reader typed goes back into the page through here, and only through here. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )
}

const style = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.55 system-ui,sans-serif;color:#1a1a1a;background:#fff}
.wrap{max-width:44rem;margin:0 auto;padding:0 1rem 3rem}
header{border-bottom:1px solid #767676;padding:.75rem 0;margin-bottom:1.5rem}
a{color:#0b4f9c}
a:focus-visible,input:focus-visible,textarea:focus-visible,button:focus-visible,[tabindex]:focus{outline:3px solid #1a1a1a;outline-offset:2px}
.skip{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.skip:focus{position:static;width:auto;height:auto;clip-path:none}
label,legend{display:block;font-weight:600;margin-top:1.25rem}
fieldset{border:0;padding:0;margin:0}
.choice label{display:inline;font-weight:400;margin:0 0 0 .4rem}
.choice{margin:.4rem 0}
.hint{color:#4a4a4a;margin:.2rem 0}
input[type=text],input[type=email],textarea{display:block;width:100%;max-width:100%;font:inherit;padding:.5rem;border:2px solid #1a1a1a;border-radius:0}
textarea{min-height:10rem}
.error-message{color:#b00020;font-weight:600;margin:.2rem 0}
[aria-invalid=true]{border-color:#b00020}
.errors{border:4px solid #b00020;padding:0 1rem;margin:1rem 0}
button{font:inherit;font-weight:600;margin-top:1.5rem;padding:.6rem 1.2rem;border:2px solid #0b4f9c;background:#0b4f9c;color:#fff;cursor:pointer}
.trap{display:none}
@media (forced-colors:active){button{border-color:ButtonText}a:focus-visible,input:focus-visible,textarea:focus-visible,button:focus-visible,[tabindex]:focus{outline-color:Highlight}}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
`

export type FeedbackPage = {
  values: FeedbackValues
  errors?: FeedbackError[]
  /** A message about the whole form (too fast, too many posts) rather than one field. */
  notice?: string
  /** Where the form posts (the CMS endpoint, absolute path). */
  action: string
}

/**
 * The feedback form in the reader's language: new (with the page the reader came from), or
 * again with every value as typed (escaped) and each problem named beside its field and in a
 * summary at the top that takes the focus. No script; styles are inline because this page is
 * served by the CMS, not the site.
 */
export function renderFeedbackPage({ values, errors = [], notice, action }: FeedbackPage): string {
  const row = getLocale(values.locale)
  const t = readerStrings(row.code)
  const site = siteUrl().replace(/\/+$/, '')
  const failed = errors.length > 0 || notice !== undefined
  const title = failed ? t('feedback.errorTitle') : t('feedback.title')
  const fieldId = (field: FeedbackField) => `feld-${field}`
  const errorOf = (field: FeedbackField) => errors.find((error) => error.field === field)
  const errorText = (error: FeedbackError) => escapeHtml(t(error.key, error.params))
  const describedBy = (field: FeedbackField, hint?: string) => {
    const ids = [hint, errorOf(field) ? `${fieldId(field)}-fehler` : undefined].filter(Boolean)
    return ids.length ? ` aria-describedby="${ids.join(' ')}"` : ''
  }
  const errorLine = (field: FeedbackField) => {
    const error = errorOf(field)
    return error ? `<p class="error-message" id="${fieldId(field)}-fehler">${errorText(error)}</p>` : ''
  }
  const invalid = (field: FeedbackField) => (errorOf(field) ? ' aria-invalid="true"' : '')
  const input = (field: Exclude<FeedbackField, 'message'>, label: string, extra: string) => `
      <label for="${fieldId(field)}">${escapeHtml(label)}</label>
      ${errorLine(field)}
      <input type="${field === 'email' ? 'email' : 'text'}" id="${fieldId(field)}" name="${names[field]}"
        value="${escapeHtml(values[field])}"${extra}${invalid(field)}${describedBy(field)}>`
  const summary = failed
    ? `<div class="errors" role="alert" tabindex="-1" id="fehler" autofocus>
        <h2>${escapeHtml(notice ?? t('feedback.errorSummary'))}</h2>
        ${
          errors.length
            ? `<ul>${errors.map((error) => `<li><a href="#${fieldId(error.field)}">${errorText(error)}</a></li>`).join('')}</ul>`
            : ''
        }
      </div>`
    : ''
  const topics = feedbackTopics
    .map(
      (topic) => `
        <div class="choice"><input type="radio" id="anliegen-${topic}" name="${names.topic}" value="${topic}"${
          values.topic === topic ? ' checked' : ''
        }><label for="anliegen-${topic}">${escapeHtml(t(`feedback.topic.${topic}`))}</label></div>`,
    )
    .join('')
  return `<!doctype html>
<html lang="${row.bcp47}" dir="${row.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${failed ? `${title}: ` : ''}${t('feedback.title')} – ${t('site.name')}`)}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(t('skip.main'))}</a>
<div class="wrap">
<header><a href="${site}${localePath(row.code, { kind: 'home' })}">${escapeHtml(t('site.name'))}</a></header>
<main id="main">
  <h1>${escapeHtml(title)}</h1>
  ${summary}
  <p>${escapeHtml(t('feedback.intro'))}</p>
  <form method="post" action="${escapeHtml(action)}" novalidate>
    <input type="hidden" name="${names.locale}" value="${escapeHtml(row.code)}">
    <input type="hidden" name="${names.token}" value="${createFormToken()}">
    <fieldset>
      <legend>${escapeHtml(t('feedback.topic'))}</legend>${topics}
    </fieldset>
    <label for="${fieldId('message')}">${escapeHtml(t('feedback.message'))}</label>
    <p class="hint" id="${fieldId('message')}-hinweis">${escapeHtml(
      t('feedback.messageHint', { max: feedbackLimits.message }),
    )}</p>
    ${errorLine('message')}
    <textarea id="${fieldId('message')}" name="${names.message}" rows="8"${invalid('message')}${describedBy(
      'message',
      `${fieldId('message')}-hinweis`,
    )}>${escapeHtml(values.message)}</textarea>
    ${input('page', t('feedback.page'), ' dir="ltr" autocomplete="off"')}
    ${input('name', t('feedback.name'), ' autocomplete="name"')}
    ${input('email', t('feedback.email'), ' dir="ltr" autocomplete="email" spellcheck="false"')}
    <div class="trap"><label for="feld-website">${escapeHtml(t('feedback.honeypot'))}</label><input type="text" id="feld-website" name="${
      names.honeypot
    }" tabindex="-1" autocomplete="off"></div>
    <p>${escapeHtml(t('feedback.privacy', { days: retentionDays() }))} <a href="${site}${localePath(row.code, {
      kind: 'list',
      section: 'privacy',
    })}">${escapeHtml(t('privacy.title'))}</a></p>
    <button type="submit">${escapeHtml(t('feedback.send'))}</button>
  </form>
  <p><a href="${site}${localePath(row.code, { kind: 'home' })}">${escapeHtml(t('feedback.back'))}</a></p>
</main>
</div>
</body>
</html>
`
}
