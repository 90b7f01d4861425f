import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { getLocale } from '@wir/shared/locales'
import React from 'react'

import { translationOverview, workingLocales } from '../translation/overview'
import { XliffImportForm } from './XliffImportForm'

const statusLabel = {
  missing: 'fehlt',
  outdated: 'veraltet',
  upToDate: 'aktuell',
  noSource: 'ohne deutsche Vorlage',
} as const

/**
 * "Übersetzungen": per language how many documents are missing, outdated or up to date, and the
 * list to work through (outdated first). Translators see only their own languages.
 */
export async function TranslationDashboard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const allowed = workingLocales(req.user)
  const chosen =
    typeof searchParams?.sprache === 'string' && allowed.includes(searchParams.sprache)
      ? searchParams.sprache
      : allowed[0]
  const overviews = req.user ? await translationOverview(req, allowed) : []
  const current = overviews.find((overview) => overview.locale === chosen)
  const adminRoute = req.payload.config.routes.admin

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingBlock: '2rem' }}>
        <h1>Übersetzungen</h1>
        <p>
          Stand der Übersetzungen je Sprache. „Veraltet“ heißt: Der deutsche Text eines Feldes wurde nach der
          Übersetzung geändert.
        </p>
        {allowed.length === 0 && <p>Ihnen ist keine Sprache zugeordnet.</p>}
        <table className="translation-overview" style={{ borderCollapse: 'collapse', marginBlock: '1rem' }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'start', paddingInlineEnd: '1.5rem' }}>
                Sprache
              </th>
              <th scope="col">fehlt</th>
              <th scope="col">veraltet</th>
              <th scope="col">aktuell</th>
              <th scope="col">ohne deutsche Vorlage</th>
            </tr>
          </thead>
          <tbody>
            {overviews.map((overview) => (
              <tr key={overview.locale} data-locale={overview.locale}>
                <th scope="row" style={{ textAlign: 'start', paddingInlineEnd: '1.5rem' }}>
                  <a
                    href={`${adminRoute}/uebersetzungen?sprache=${overview.locale}`}
                    aria-current={overview.locale === chosen ? 'true' : undefined}
                  >
                    {getLocale(overview.locale).nativeName} ({getLocale(overview.locale).englishName})
                  </a>
                </th>
                <td data-status="missing">{overview.counts.missing}</td>
                <td data-status="outdated">{overview.counts.outdated}</td>
                <td data-status="upToDate">{overview.counts.upToDate}</td>
                <td data-status="noSource">{overview.counts.noSource}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {current && (
          <section aria-labelledby="worklist-heading">
            <h2 id="worklist-heading">
              Zu erledigen: {getLocale(current.locale).nativeName} ({current.work.length})
            </h2>
            <p>
              <a href={`/api/translation-xliff?locale=${current.locale}`} download>
                Fehlende und veraltete Texte als XLIFF 2.0 für ein Übersetzungsbüro herunterladen
              </a>
            </p>
            <XliffImportForm locale={current.locale} />
            <ul>
              {current.work.slice(0, 200).map((item) => (
                <li key={`${item.collection}:${item.id}`}>
                  <a href={`${adminRoute}/collections/${item.collection}/${item.id}?locale=${current.locale}`}>
                    {item.title}
                  </a>{' '}
                  – {statusLabel[item.status]}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </DefaultTemplate>
  )
}
