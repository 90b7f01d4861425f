import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/** Whether the CMS can send e-mail (SMTP_HOST set); without it, answers cannot be sent from the admin. */
export const canSendEmail = () => Boolean(process.env.SMTP_HOST)

/**
 * Payload's nodemailer adapter when SMTP settings exist (SMTP_HOST, SMTP_PORT, SMTP_USER,
 * SMTP_PASS, SMTP_FROM); otherwise none (Payload then only logs e-mails, and the feedback
 * inbox refuses to "send" an answer instead of pretending). No connection at start-up: a
 * mail server that is down must not keep the CMS from starting.
 */
export function emailAdapter() {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const from = process.env.SMTP_FROM
  if (!from) throw new Error('SMTP_HOST is set but SMTP_FROM is not: set the sender address for answers.')
  const port = Number(process.env.SMTP_PORT) || 587
  const user = process.env.SMTP_USER
  return nodemailerAdapter({
    defaultFromAddress: from,
    defaultFromName: 'WIR 2.0 – Landeshauptstadt Hannover',
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure: port === 465,
      ...(user ? { auth: { user, pass: process.env.SMTP_PASS ?? '' } } : {}),
    },
  })
}
