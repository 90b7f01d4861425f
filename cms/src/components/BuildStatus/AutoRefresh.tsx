'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** Reloads the server-rendered status: every 2 s while a build waits or runs, else every 15 s. */
export function AutoRefresh({ busy }: { busy: boolean }) {
  const router = useRouter()
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), busy ? 2000 : 15000)
    return () => clearInterval(timer)
  }, [busy, router])
  return null
}
