import type { Payload } from 'payload'

import { hasRole } from '../access/roles'

type Open = { id: number | string; subject?: string | null; status?: string | null; dueOn?: string | null }

const day = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date(iso))

/**
 * Open feedback on the dashboard, earliest deadline first; overdue items stand out in text,
 * not by colour alone ("überfällig seit …"), so every editor sees them. Editors and admins only.
 */
export async function FeedbackDue({ payload, user }: { payload: Payload; user?: unknown }) {
  if (!hasRole(user, 'admin') && !hasRole(user, 'editor')) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'feedback',
    where: { status: { not_equals: 'answered' } },
    sort: 'dueOn',
    limit: 10,
    depth: 0,
    overrideAccess: false,
    user: user as never,
  })
  const now = Date.now()
  const open = docs as Open[]
  const overdue = open.filter((doc) => doc.dueOn && Date.parse(doc.dueOn) < now).length
  return (
    <section aria-labelledby="feedback-due-heading" data-testid="feedback-due" style={{ marginBlockEnd: '2rem' }}>
      <h2 id="feedback-due-heading">Rückmeldungen zur Barrierefreiheit</h2>
      {totalDocs === 0 ? (
        <p>Keine offenen Rückmeldungen.</p>
      ) : (
        <>
          <p>
            {totalDocs} offen{overdue > 0 ? `, davon ${overdue} überfällig` : ''}. Antwort innerhalb eines Monats.{' '}
            <a href="/admin/collections/feedback">Alle Rückmeldungen</a>
          </p>
          <ul style={{ paddingInlineStart: '1.25rem' }}>
            {open.map((doc) => {
              const late = Boolean(doc.dueOn && Date.parse(doc.dueOn) < now)
              return (
                <li
                  key={doc.id}
                  data-overdue={late ? 'true' : undefined}
                  style={
                    late
                      ? { borderInlineStart: '4px solid var(--theme-error-500)', paddingInlineStart: '0.5rem' }
                      : undefined
                  }
                >
                  <a href={`/admin/collections/feedback/${doc.id}`}>{doc.subject || `Rückmeldung ${doc.id}`}</a>
                  {doc.dueOn &&
                    (late ? (
                      <strong> – überfällig seit {day(doc.dueOn)}</strong>
                    ) : (
                      <span> – Antwort fällig bis {day(doc.dueOn)}</span>
                    ))}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
