import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { hasRole } from '../../access/roles'
import type { SiteBuild } from '../../payload-types'
import { AutoRefresh } from './AutoRefresh'
import { readBuildStatus } from './buildStatusData'
import { formatDuration, formatTime } from './format'
import { RollbackButton } from './RollbackButton'

const statusLabel = (build: SiteBuild, liveId?: string) =>
  build.status === 'running'
    ? 'Läuft'
    : build.status === 'failed'
      ? 'Fehlgeschlagen'
      : build.releaseId === liveId
        ? 'Live'
        : 'Erfolgreich (nicht mehr live)'

/** /admin/veroeffentlichung: is my change live yet, and did anything go wrong? */
export async function BuildStatusView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user) redirect('/admin/login?redirect=%2Fadmin%2Fveroeffentlichung')
  const status = await readBuildStatus(req.payload)
  const busy = status.running.length > 0 || status.queued.length > 0
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
      <Gutter>
        <AutoRefresh busy={busy} />
        <h1>Veröffentlichung</h1>
        <p>
          Nach dem Veröffentlichen, Zurückziehen oder Löschen eines Inhalts wird die öffentliche Website neu erzeugt und
          geprüft. Erst wenn alles in Ordnung ist, wird sie umgeschaltet. Geht etwas schief, bleibt die bisherige
          Website unverändert online.
        </p>

        <section aria-labelledby="live-heading" data-testid="live-build">
          <h2 id="live-heading">Jetzt live</h2>
          {status.live ? (
            <dl>
              <dt>Stand</dt>
              <dd>
                <strong>Live</strong> seit {formatTime(status.live.finishedAt)}
              </dd>
              <dt>Anlass</dt>
              <dd>{status.live.reason ?? '–'}</dd>
              <dt>Ausgelöst von</dt>
              <dd>{status.live.triggeredBy ?? '–'}</dd>
              <dt>Dauer</dt>
              <dd>{formatDuration(status.live.durationMs)}</dd>
              <dt>Seiten</dt>
              <dd>{status.live.pages?.toLocaleString('de-DE') ?? '–'}</dd>
              <dt>Fassung</dt>
              <dd>
                <code>{status.live.releaseId}</code>
              </dd>
            </dl>
          ) : status.liveId ? (
            <p>
              Fassung <code>{status.liveId}</code> ist live (ohne Eintrag im Protokoll).
            </p>
          ) : (
            <p>Die Website wurde noch nie veröffentlicht.</p>
          )}
          {hasRole(req.user, 'admin') && status.canRollBackTo && <RollbackButton target={status.canRollBackTo} />}
        </section>

        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading">In Arbeit</h2>
          {!busy && <p>Nichts in Arbeit. Alle veröffentlichten Änderungen sind online.</p>}
          <ul>
            {status.running.map((build) => (
              <li key={build.id}>
                <strong>Läuft:</strong> {build.reason ?? 'Neu erzeugen'} ({build.triggeredBy ?? '–'}) – {build.step}{' '}
                <progress max={100} value={build.progress ?? 0} aria-label="Fortschritt">
                  {build.progress ?? 0} %
                </progress>
              </li>
            ))}
            {status.queued.map((job) => (
              <li key={job.id}>
                <strong>Wartet:</strong> {job.reason ?? 'Neu erzeugen'} ({job.triggeredBy ?? '–'}) – beginnt frühestens{' '}
                {formatTime(job.startsAt)}, sobald keine weitere Änderung folgt
              </li>
            ))}
          </ul>
        </section>

        {status.failures.length > 0 && (
          <section aria-labelledby="failures-heading">
            <h2 id="failures-heading">Letzte Fehler</h2>
            {status.failures.map((build) => (
              <article key={build.id}>
                <h3>
                  {formatTime(build.startedAt)}: {build.reason ?? 'Neu erzeugen'}
                </h3>
                <pre style={{ whiteSpace: 'pre-wrap' }}>{build.error}</pre>
              </article>
            ))}
            <p>Bei wiederholten Fehlern bitte die technische Betreuung informieren und diesen Text mitschicken.</p>
          </section>
        )}

        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Verlauf</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Beginn</th>
                <th scope="col">Stand</th>
                <th scope="col">Anlass</th>
                <th scope="col">Von</th>
                <th scope="col">Dauer</th>
                <th scope="col">Seiten</th>
              </tr>
            </thead>
            <tbody>
              {status.recent.map((build) => (
                <tr key={build.id}>
                  <td>{formatTime(build.startedAt)}</td>
                  <td>
                    {build.kind === 'rollback' ? 'Zurückgesetzt · ' : ''}
                    {statusLabel(build, status.liveId)}
                  </td>
                  <td>{build.reason ?? '–'}</td>
                  <td>{build.triggeredBy ?? '–'}</td>
                  <td>{formatDuration(build.durationMs)}</td>
                  <td>{build.pages ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </Gutter>
    </DefaultTemplate>
  )
}
