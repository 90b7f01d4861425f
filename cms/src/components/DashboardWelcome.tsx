import type { Payload } from 'payload'

import { canManageContent, isTranslatorOnly } from '../access/roles'
import { lastSucceededBuild } from './BuildStatus/buildStatusData'
import { formatTime } from './BuildStatus/format'
import { siteUrl } from '../env/siteUrl'

type Entry = { href: string; label: string; text: string }

const editorEntries: Entry[] = [
  {
    href: '/admin/collections/measures',
    label: 'Maßnahmen',
    text: 'Maßnahmen und Empfehlungen der Strategie, mit den zuständigen Dienststellen.',
  },
  { href: '/admin/collections/news', label: 'Aktuelles', text: 'Meldungen schreiben und veröffentlichen.' },
  { href: '/admin/collections/forms', label: 'Formulare', text: 'Ausfüllhilfen und QR-Codes für Papierformulare.' },
  { href: '/admin/uebersetzungen', label: 'Übersetzungen', text: 'Was fehlt oder ist veraltet, in welcher Sprache?' },
  { href: '/admin/veroeffentlichung', label: 'Veröffentlichung', text: 'Ist meine Änderung schon online?' },
]

const translatorEntries: Entry[] = [
  {
    href: '/admin/uebersetzungen',
    label: 'Übersetzungen',
    text: 'Ihre Arbeitsliste: fehlende und veraltete Texte in Ihren Sprachen, XLIFF-Austausch.',
  },
]

/**
 * The first thing editors see: where the everyday tasks are, and when the public site last
 * changed. Non-technical staff should not have to learn the collection list first.
 */
export async function DashboardWelcome({ payload, user }: { payload: Payload; user?: unknown }) {
  const entries = isTranslatorOnly(user) ? translatorEntries : canManageContent(user) ? editorEntries : []
  const lastLive = (await lastSucceededBuild(payload))?.finishedAt
  return (
    <section aria-labelledby="welcome-heading" data-testid="dashboard-welcome" style={{ marginBlockEnd: '2rem' }}>
      <h2 id="welcome-heading">Willkommen in der Redaktion von WIR 2.0</h2>
      <ul
        style={{
          listStyle: 'none',
          padding: 0,
          display: 'grid',
          gap: '0.75rem',
          gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
        }}
      >
        {entries.map((entry) => (
          <li
            key={entry.href}
            style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: '4px', padding: '0.75rem 1rem' }}
          >
            <a href={entry.href} style={{ fontWeight: 600 }}>
              {entry.label}
            </a>
            <p style={{ margin: '0.25rem 0 0' }}>{entry.text}</p>
          </li>
        ))}
      </ul>
      <p>
        Öffentliche Website: <a href={siteUrl()}>{siteUrl()}</a>
        {lastLive ? ` · zuletzt aktualisiert ${formatTime(lastLive)}` : ' · noch nie veröffentlicht'}
      </p>
    </section>
  )
}
