import type { Session } from '@praxis/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { PresenterName } from './PresenterName';
import { useViewerFormat } from './sessionTime';

/** The agenda as planned: each item's start in the viewer's zone, its kind, minutes and presenters. */
export function AgendaView({ session, canEdit }: { session: Session; canEdit: boolean }) {
  const { t } = useTranslation();
  const viewer = useViewerFormat();
  return (
    <section className="stack section" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      {session.agenda.length === 0 ? (
        <EmptyState title={t('agenda.empty')}>
          {canEdit && <p>{t('agenda.emptyConvener')}</p>}
        </EmptyState>
      ) : (
        <>
          <p className={session.overrunMinutes > 0 ? 'fit fit--over' : 'fit'}>
            {session.overrunMinutes > 0 ? (
              <>
                <span aria-hidden="true">⚠ </span>
                {t('agenda.overBy', { count: session.overrunMinutes })}{' '}
                {t('agenda.planned', {
                  total: session.agendaMinutes,
                  duration: session.durationMinutes,
                })}
              </>
            ) : (
              t('agenda.fits', { total: session.agendaMinutes, duration: session.durationMinutes })
            )}
          </p>
          <ol className="plain-list agenda-list">
            {session.agenda.map((item) => (
              <li key={item.id} className="agenda-list__item">
                <p className="agenda-list__when">
                  <time dateTime={item.plannedStart}>{viewer.time(item.plannedStart)}</time>
                  <span className="muted">{t('sessions.minutes', { count: item.minutes })}</span>
                </p>
                <div className="agenda-list__body">
                  <h3 className="agenda-list__title">
                    {item.title} <Badge>{t(`agenda.kinds.${item.kind}`)}</Badge>
                  </h3>
                  {item.presenters.length > 0 && (
                    <div className="agenda-list__presenters">
                      <span className="muted">{t('agenda.presentedBy')} </span>
                      <ul className="plain-list inline-list">
                        {item.presenters.map((presenter) => (
                          <li
                            key={
                              presenter.kind === 'member'
                                ? presenter.userId
                                : presenter.delegationId
                            }
                          >
                            <PresenterName presenter={presenter} />
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {item.notes && <p className="muted pre-line">{item.notes}</p>}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
