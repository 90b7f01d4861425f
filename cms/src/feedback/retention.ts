/** How long feedback is kept (WIR_FEEDBACK_RETENTION_DAYS, default 365), then deleted by a scheduled job. */
export function retentionDays(): number {
  const configured = Number(process.env.WIR_FEEDBACK_RETENTION_DAYS)
  return Number.isFinite(configured) && configured > 0 ? Math.floor(configured) : 365
}

/** Feedback received before this moment is past its retention period. */
export function retentionCutoff(now = new Date()): Date {
  return new Date(now.getTime() - retentionDays() * 24 * 60 * 60 * 1000)
}

/** The one-month answer deadline of the accessibility law: the same day next month (or its last day). */
export function answerDeadline(received: Date): Date {
  const due = new Date(received)
  const day = due.getUTCDate()
  due.setUTCDate(1)
  due.setUTCMonth(due.getUTCMonth() + 1)
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate()
  due.setUTCDate(Math.min(day, lastDay))
  return due
}
