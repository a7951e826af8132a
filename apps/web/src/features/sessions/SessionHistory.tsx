import type { SessionChange } from '@praxis/contracts';
import { useTranslation } from 'react-i18next';
import { useViewerFormat } from './sessionTime';

/** What happened to the session: moves, status changes, cancellation, and who did it. */
export function SessionHistory({ history }: { history: readonly SessionChange[] }) {
  const { t } = useTranslation();
  const viewer = useViewerFormat();
  if (history.length === 0) return null;

  const sentences = (change: SessionChange): string[] => {
    const name = change.by || t('session.history.someone');
    switch (change.kind) {
      case 'rescheduled': {
        const result: string[] = [];
        if (change.fromStartsAt && change.toStartsAt && change.fromStartsAt !== change.toStartsAt) {
          result.push(
            t('session.history.moved', {
              from: viewer.dateTime(change.fromStartsAt),
              to: viewer.dateTime(change.toStartsAt),
              name,
            }),
          );
        }
        if (
          change.fromDurationMinutes !== null &&
          change.toDurationMinutes !== null &&
          change.fromDurationMinutes !== change.toDurationMinutes
        ) {
          result.push(
            t('session.history.duration', {
              from: change.fromDurationMinutes,
              to: change.toDurationMinutes,
              name,
            }),
          );
        }
        return result.length > 0 ? result : [t('session.history.rescheduled', { name })];
      }
      case 'cancelled':
        return [t('session.history.cancelled', { name })];
      case 'status':
        if (change.status === 'live') return [t('session.history.started', { name })];
        if (change.status === 'ended') return [t('session.history.ended', { name })];
        return [
          t('session.history.status', {
            status: t(`sessions.status.${change.status ?? 'scheduled'}`),
            name,
          }),
        ];
    }
  };

  return (
    <section className="stack section" aria-labelledby="history-title">
      <h2 id="history-title">{t('session.history.title')}</h2>
      <ul className="plain-list history-list">
        {history.map((change, index) => (
          <li key={`${change.at}:${index}`} className="history-list__item">
            {sentences(change).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
            <p className="muted">
              <time dateTime={change.at}>{viewer.dateTime(change.at)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
