import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { canSendEmail } from '../../email/emailAdapter'

type Doc = { id: number | string; email?: string | null; replyText?: string | null; sendReply?: boolean | null }

/**
 * "Beim Speichern per E-Mail senden": the answer goes to the address the person gave, from the
 * CMS, and the item is marked answered. A failed send fails the save, with a German message,
 * so an editor never believes an answer went out when it did not.
 */
export const sendReplyOnSave: CollectionBeforeChangeHook<Doc> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !data.sendReply) return data
  const to = originalDoc?.email?.trim()
  const text = (data.replyText ?? originalDoc?.replyText ?? '').trim()
  if (!to) throw new APIError('Diese Rückmeldung hat keine E-Mail-Adresse: bitte anders antworten.', 400, null, true)
  if (!text) throw new APIError('Bitte zuerst eine Antwort schreiben.', 400, null, true)
  if (!canSendEmail()) {
    throw new APIError('Der E-Mail-Versand ist nicht eingerichtet (SMTP-Einstellungen fehlen).', 400, null, true)
  }
  try {
    await req.payload.sendEmail({ to, subject: 'Ihre Rückmeldung zur Barrierefreiheit – WIR 2.0', text })
  } catch (error) {
    req.payload.logger.error(`Feedback answer not sent: ${(error as Error).message}`)
    throw new APIError('Die E-Mail konnte nicht gesendet werden. Bitte später noch einmal versuchen.', 502, null, true)
  }
  return { ...data, sendReply: false, repliedAt: new Date().toISOString(), status: 'answered' }
}
