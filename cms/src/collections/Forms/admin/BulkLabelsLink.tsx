/** Above the forms list: every published form's label in one ZIP for the print shop. */
export function BulkLabelsLink() {
  return (
    <p style={{ marginBlockEnd: '1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href="/api/forms/print-labels" download>
        Alle Druck-Etiketten herunterladen (ZIP)
      </a>{' '}
      – QR-Codes und Etiketten aller veröffentlichten, noch ausgegebenen Formulare für die Druckerei.
    </p>
  )
}
