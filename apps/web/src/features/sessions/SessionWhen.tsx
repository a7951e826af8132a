import type { SessionSummary } from '@praxis/contracts';
import { useTranslation } from 'react-i18next';
import { timeZoneLabel } from '../../i18n/format';
import { useViewerFormat, useZonedFormat } from './sessionTime';

/**
 * When the session takes place in the viewer's own zone, with the session's zone one click away
 * (a native disclosure, usable by keyboard and read as such by screen readers).
 */
export function SessionWhen({ session }: { session: SessionSummary }) {
  const { t } = useTranslation();
  const viewer = useViewerFormat();
  const own = useZonedFormat(session.timeZone);
  const sameZone = viewer.zone(session.startsAt) === own.zone(session.startsAt);
  return (
    <section className="stack session-when" aria-labelledby="session-when-title">
      <h2 id="session-when-title" className="visually-hidden">
        {t('session.when')}
      </h2>
      <p className="session-when__time">
        <time dateTime={session.startsAt}>{viewer.range(session.startsAt, session.endsAt)}</time>
      </p>
      <p className="muted">{t('session.yourTimeZone', { zone: viewer.zone(session.startsAt) })}</p>
      {sameZone ? (
        <p className="muted">{t('session.sameZone')}</p>
      ) : (
        <details className="disclosure">
          <summary>
            {t('session.showSessionZone', { zone: timeZoneLabel(session.timeZone) })}
          </summary>
          <div className="disclosure__body">
            <p>
              <time dateTime={session.startsAt}>{own.range(session.startsAt, session.endsAt)}</time>
            </p>
            <p className="muted">
              {t('session.sessionTimeZone', { zone: own.zone(session.startsAt) })}
            </p>
          </div>
        </details>
      )}
    </section>
  );
}
