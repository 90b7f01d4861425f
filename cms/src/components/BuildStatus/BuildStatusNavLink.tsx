import Link from 'next/link'

/** "Veröffentlichung" in the admin's navigation. */
export function BuildStatusNavLink() {
  return (
    <Link href="/admin/veroeffentlichung" className="nav__link" style={{ display: 'block', paddingBlock: '0.5rem' }}>
      <span className="nav__link-label">Veröffentlichung (Status der Website)</span>
    </Link>
  )
}
