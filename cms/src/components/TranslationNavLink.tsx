import React from 'react'

/** Link to the translation overview in the admin's navigation. */
export function TranslationNavLink() {
  return (
    <a className="nav__link" href="/admin/uebersetzungen" style={{ display: 'block', paddingBlock: '0.5rem' }}>
      Übersetzungen
    </a>
  )
}
