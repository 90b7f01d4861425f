'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** Admins only (the endpoint checks again): back to the previous release, no rebuild. */
export function RollbackButton({ target }: { target: string }) {
  const router = useRouter()
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)
  async function rollback() {
    if (
      !window.confirm(
        `Die Website auf die vorherige Fassung (${target}) zurücksetzen? Die aktuelle Fassung bleibt gespeichert.`,
      )
    )
      return
    setBusy(true)
    const response = await fetch('/api/site-builds/rollback', { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { error?: string; to?: string }
    setMessage(
      response.ok
        ? `Zurückgesetzt: Fassung ${body.to} ist jetzt live.`
        : (body.error ?? 'Zurücksetzen ist fehlgeschlagen.'),
    )
    setBusy(false)
    router.refresh()
  }
  return (
    <div>
      <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={rollback} disabled={busy}>
        Auf vorherige Fassung zurücksetzen
      </button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
