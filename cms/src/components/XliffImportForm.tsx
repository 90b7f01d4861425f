'use client'
import React, { useState } from 'react'

type UnitResult = { file: string; unit: string; ok: boolean; message: string }
type Report = { applied: boolean; units: UnitResult[]; error?: string }

/** Upload of an agency's translated XLIFF file, with the per-unit result of the import. */
export function XliffImportForm({ locale }: { locale: string }) {
  const [report, setReport] = useState<Report | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const file = (event.currentTarget.elements.namedItem('xliff') as HTMLInputElement).files?.[0]
    if (!file) return
    setBusy(true)
    const response = await fetch(`/api/translation-xliff?locale=${locale}`, {
      method: 'POST',
      credentials: 'include',
      body: await file.text(),
    })
    setReport(await response.json())
    setBusy(false)
  }

  return (
    <form onSubmit={submit} style={{ marginBlock: '1rem' }}>
      <label htmlFor="xliff-file" style={{ display: 'block', marginBlockEnd: '0.25rem' }}>
        Übersetzte XLIFF-Datei einlesen
      </label>
      <input
        id="xliff-file"
        name="xliff"
        type="file"
        accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
        required
      />
      <button
        type="submit"
        className="btn btn--style-primary btn--size-small"
        disabled={busy}
        style={{ marginInlineStart: '0.5rem' }}
      >
        Einlesen
      </button>
      {report && (
        <div role="status" style={{ marginBlockStart: '1rem' }}>
          <p>
            <strong>{report.applied ? 'Übernommen.' : 'Nicht übernommen – es wurde nichts geändert.'}</strong>{' '}
            {report.error}
          </p>
          {report.units.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">Dokument</th>
                  <th scope="col">Feld</th>
                  <th scope="col">Ergebnis</th>
                </tr>
              </thead>
              <tbody>
                {report.units.map((unit) => (
                  <tr key={`${unit.file}/${unit.unit}`}>
                    <td>{unit.file}</td>
                    <td>{unit.unit}</td>
                    <td style={{ color: unit.ok ? '#1d5e2e' : '#8a1c1c' }}>{unit.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </form>
  )
}
