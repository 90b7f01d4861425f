'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { otherScanLanguage } from '@wir/shared/beacon'

type Stats = {
  total: number
  since: string
  languages: { language: string; name?: string; count: number; offered: boolean }[]
  missing: { language: string; name?: string; count: number }[]
}

const downloads = [
  { file: 'label.svg', label: 'Druck-Etikett (SVG, mit Adresse und Hinweis)' },
  { file: 'qr.svg', label: 'QR-Code (SVG, 2 cm)' },
  { file: 'qr-300dpi.png', label: 'QR-Code (PNG, 300 dpi)' },
  { file: 'qr-600dpi.png', label: 'QR-Code (PNG, 600 dpi)' },
]

/** Sidebar of a form: the print files of its code, and how often it was opened in which languages. */
export function FormQrPanel() {
  const { id } = useDocumentInfo()
  const [stats, setStats] = useState<Stats | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!id) return
    fetch(`/api/forms/${id}/scan-stats`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then(setStats)
      .catch(() => setFailed(true))
  }, [id])

  if (!id) return <p className="field-description">QR-Code und Druckdateien gibt es nach dem ersten Speichern.</p>
  return (
    <div className="wir-form-qr" style={{ marginBlockEnd: 'var(--base)' }}>
      <h3 style={{ marginBlockEnd: '0.5rem' }}>QR-Code zum Drucken</h3>
      <ul style={{ paddingInlineStart: '1.2rem', marginBlockEnd: '1rem' }}>
        {downloads.map((entry) => (
          <li key={entry.file}>
            <a href={`/api/forms/${id}/downloads/${entry.file}`} download>
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
      <h3 style={{ marginBlockEnd: '0.5rem' }}>Aufrufe über den QR-Code</h3>
      {failed && <p>Die Zahlen konnten nicht geladen werden.</p>}
      {!failed && !stats && <p>Wird geladen …</p>}
      {stats && (
        <>
          <p data-testid="scan-total">
            {stats.total.toLocaleString('de-DE')} Aufrufe seit {new Date(stats.since).toLocaleDateString('de-DE')}
          </p>
          {stats.languages.length > 0 && (
            <table style={{ inlineSize: '100%' }}>
              <thead>
                <tr>
                  <th style={{ textAlign: 'start' }}>Gewünschte Sprache</th>
                  <th style={{ textAlign: 'end' }}>Aufrufe</th>
                </tr>
              </thead>
              <tbody>
                {stats.languages.map((entry) => (
                  <tr key={entry.language}>
                    <td>
                      {entry.name ?? entry.language}
                      {/* "und" (undetermined) would read as the German word. */}
                      {entry.language === otherScanLanguage ? '' : ` (${entry.language})`}
                      {entry.offered ? '' : ' – noch nicht angeboten'}
                    </td>
                    <td style={{ textAlign: 'end' }}>{entry.count.toLocaleString('de-DE')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {stats.missing.length > 0 && (
            <p data-testid="scan-missing">
              Gewünscht, aber noch nicht übersetzt:{' '}
              {stats.missing.map((entry) => entry.name ?? entry.language).join(', ')}
            </p>
          )}
        </>
      )}
    </div>
  )
}
