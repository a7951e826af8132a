import type { SessionSummary } from '@praxis/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SessionStatusBadge } from './SessionStatusBadge';
import type { ZonedFormat } from './sessionTime';
import { TopicTags } from './TopicTags';

export function SessionListItem({
  session,
  viewer,
  showOverrun,
}: {
  session: SessionSummary;
  viewer: ZonedFormat;
  showOverrun: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className="session-item">
      <div className="session-item__head">
        <h3 className="session-item__title">
          <Link to={`/sessions/${session.id}`}>{session.title}</Link>
        </h3>
        <SessionStatusBadge status={session.status} />
      </div>
      <p>
        <time dateTime={session.startsAt}>{viewer.dateTime(session.startsAt)}</time>
        <span className="muted"> · {viewer.zone(session.startsAt)}</span>
      </p>
      <p className="muted">{t('sessions.minutes', { count: session.durationMinutes })}</p>
      <TopicTags topics={session.topics} />
      {showOverrun && session.overrunMinutes > 0 && session.status !== 'cancelled' && (
        <p className="warning-text">
          <span aria-hidden="true">⚠ </span>
          {t('sessions.agendaOverBy', { count: session.overrunMinutes })}
        </p>
      )}
    </li>
  );
}
