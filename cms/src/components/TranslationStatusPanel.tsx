'use client'
import { useDocumentInfo, useLocale } from '@payloadcms/ui'
import { diffWords } from 'diff'
import React, { useCallback, useEffect, useState } from 'react'

type FieldReport = {
  path: string
  status: 'missing' | 'outdated' | 'upToDate'
  sourceText: string
  translatedFromText: string | null
  translatedAt: string | null
  checkedAt: string | null
}
type Report = { status: string; fields: FieldReport[] }

const statusLabel: Record<string, string> = {
  missing: 'fehlt',
  outdated: 'veraltet',
  upToDate: 'aktuell',
  noSource: 'keine deutsche Vorlage',
}
const statusColor: Record<string, string> = {
  missing: '#8a1c1c',
  outdated: '#7a4d00',
  upToDate: '#1d5e2e',
  noSource: '#555',
}

/** What changed in the German source since the translation was made, word by word. */
function SourceDiff({ before, after }: { before: string; after: string }) {
  return (
    <p lang="de" style={{ whiteSpace: 'pre-wrap', margin: '0.25rem 0' }}>
      {diffWords(before, after).map((part, index) =>
        part.added ? (
          <ins key={index} style={{ background: '#d9f2dd' }}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} style={{ background: '#f7d7d7' }}>
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  )
}

/**
 * Sidebar panel in every content document: the translation status of each field in the
 * locale being edited, the German source beside it, what changed since the last translation,
 * and "Noch korrekt" to confirm a translation without retyping it.
 */
export function TranslationStatusPanel() {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  // Reload after every save: the status changes with what was just saved.
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  const locale = useLocale()
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)
  const isSource = locale.code === 'de'

  const load = useCallback(async () => {
    if (!id || isSource) return
    const response = await fetch(`/api/${collectionSlug}/${id}/translation-status?locale=${locale.code}`, {
      credentials: 'include',
    })
    if (response.ok) setReport(await response.json())
    else setError((await response.json().catch(() => ({}))).error ?? 'Status konnte nicht geladen werden.')
  }, [id, collectionSlug, locale.code, isSource, savedAt])

  useEffect(() => {
    void load()
  }, [load])

  const confirm = async (paths: string[]) => {
    const response = await fetch(`/api/${collectionSlug}/${id}/translation-confirm`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: locale.code, paths }),
    })
    if (response.ok) setReport(await response.json())
    else setError((await response.json().catch(() => ({}))).error ?? 'Bestätigen fehlgeschlagen.')
  }

  if (!id) return null
  if (isSource) {
    return (
      <p style={{ fontSize: '0.9rem' }}>
        Deutsch ist die Ausgangssprache. Den Stand der Übersetzungen zeigt jede Sprache (oben umschalten) und die
        Übersicht „Übersetzungen“.
      </p>
    )
  }
  return (
    <section aria-labelledby="translation-status-heading" style={{ marginBlock: '1rem' }}>
      <h3 id="translation-status-heading" style={{ marginBlockEnd: '0.5rem' }}>
        Übersetzungsstand {locale.label ? `(${typeof locale.label === 'string' ? locale.label : locale.code})` : ''}:{' '}
        <span data-status={report?.status} style={{ color: statusColor[report?.status ?? ''] }}>
          {report ? statusLabel[report.status] : '…'}
        </span>
      </h3>
      {error && <p role="alert">{error}</p>}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {report?.fields.map((field) => (
          <li
            key={field.path}
            data-field={field.path}
            style={{ borderBlockStart: '1px solid #ddd', paddingBlock: '0.5rem' }}
          >
            <strong>{field.path}</strong>:{' '}
            <span style={{ color: statusColor[field.status] }}>{statusLabel[field.status]}</span>
            {field.status === 'outdated' && (
              <>
                <div style={{ fontSize: '0.85rem' }}>Änderungen im deutschen Text seit der Übersetzung:</div>
                <SourceDiff before={field.translatedFromText ?? ''} after={field.sourceText} />
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  onClick={() => void confirm([field.path])}
                >
                  Übersetzung ist noch korrekt
                </button>
              </>
            )}
            {field.status === 'missing' && (
              <details>
                <summary>Deutscher Text</summary>
                <p lang="de" style={{ whiteSpace: 'pre-wrap' }}>
                  {field.sourceText}
                </p>
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
