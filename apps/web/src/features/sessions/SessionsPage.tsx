import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { timeZoneLabel } from '../../i18n/format';
import { useSessionStrings } from '../../i18n/sessionStrings';
import { Button, buttonClass } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NoAccess } from '../../ui/NoAccess';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useNetworkContext } from '../networks/networkContext';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { SessionListItem } from './SessionListItem';
import { useViewerFormat } from './sessionTime';
import { SESSIONS_PAGE_SIZE, type SessionsWhen } from './sessionsApi';
import { useSessions } from './useSessions';
import { useTopics } from './useTopics';
import './sessions.css';

/** Topic chips offered for filtering: the most used ones. */
const TOPIC_CHIPS = 12;

export function SessionsPage() {
  useSessionStrings();
  const { t } = useTranslation();
  const { network, allows } = useNetworkContext();
  useDocumentTitle(`${t('sessions.title')} · ${network.name}`);
  if (!allows('sessions.view')) {
    return (
      <section className="stack">
        <h1>{t('sessions.title')}</h1>
        <NoAccess />
      </section>
    );
  }
  return <SessionsOfNetwork networkId={network.id} canManage={allows('sessions.manage')} />;
}

function SessionsOfNetwork({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const when: SessionsWhen = params.get('when') === 'past' ? 'past' : 'upcoming';
  const topic = params.get('topic') ?? undefined;
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const sessions = useSessions(networkId, { when, topic, page });
  const topics = useTopics(networkId);
  const viewer = useViewerFormat();

  const go = (next: { when: SessionsWhen; topic?: string; page?: number }) => {
    const search = new URLSearchParams();
    if (next.when === 'past') search.set('when', 'past');
    if (next.topic) search.set('topic', next.topic);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  const pages = sessions.data
    ? Math.max(1, Math.ceil(sessions.data.total / SESSIONS_PAGE_SIZE))
    : 1;
  const chips = (topics.data?.items ?? []).slice(0, TOPIC_CHIPS).map((item) => item.topic);
  if (topic && !chips.some((chip) => chip.toLocaleLowerCase() === topic.toLocaleLowerCase())) {
    chips.push(topic);
  }
  const listTitle = when === 'past' ? t('sessions.pastTitle') : t('sessions.upcomingTitle');

  return (
    <div className="stack">
      <div className="page-heading">
        <h1>{t('sessions.title')}</h1>
        {canManage && (
          <Link className={buttonClass()} to={`/networks/${networkId}/sessions/new`}>
            {t('sessions.schedule')}
          </Link>
        )}
      </div>
      <p className="muted">
        {t('sessions.shownIn', { zone: timeZoneLabel(viewer.timeZone) })}{' '}
        <Link to="/profile">{t('sessions.changeZone')}</Link>
      </p>
      <div className="filters">
        <div className="toggle-group" role="group" aria-label={t('sessions.whichSessions')}>
          {(['upcoming', 'past'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="toggle"
              aria-pressed={when === option}
              onClick={() => {
                go({ when: option, topic });
              }}
            >
              {option === 'past' ? t('sessions.past') : t('sessions.upcoming')}
            </button>
          ))}
        </div>
        {chips.length > 0 && (
          <div className="chip-group" role="group" aria-label={t('sessions.topicFilter')}>
            <button
              type="button"
              className="chip"
              aria-pressed={!topic}
              onClick={() => {
                go({ when });
              }}
            >
              {t('sessions.allTopics')}
            </button>
            {chips.map((chip) => (
              <button
                key={chip}
                type="button"
                className="chip"
                aria-pressed={topic?.toLocaleLowerCase() === chip.toLocaleLowerCase()}
                onClick={() => {
                  go({ when, topic: chip });
                }}
              >
                {chip}
              </button>
            ))}
          </div>
        )}
      </div>
      <section className="stack" aria-labelledby="sessions-list-title">
        <h2 id="sessions-list-title">
          {listTitle}
          {topic && <span className="muted"> · {topic}</span>}
        </h2>
        {sessions.isPending && <Spinner />}
        {sessions.isError && (
          <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
        )}
        {sessions.isSuccess && sessions.data.items.length === 0 && (
          <EmptyState
            title={
              topic
                ? t('sessions.emptyTopic')
                : when === 'past'
                  ? t('sessions.emptyPast')
                  : t('sessions.emptyUpcoming')
            }
          >
            {!topic && when === 'upcoming' && (
              <p>
                {canManage
                  ? t('sessions.emptyUpcomingConvener')
                  : t('sessions.emptyUpcomingMember')}
              </p>
            )}
          </EmptyState>
        )}
        {sessions.isSuccess && sessions.data.items.length > 0 && (
          <ul className="plain-list session-list">
            {sessions.data.items.map((session) => (
              <SessionListItem
                key={session.id}
                session={session}
                viewer={viewer}
                showOverrun={canManage}
              />
            ))}
          </ul>
        )}
        {pages > 1 && (
          <nav className="pagination" aria-label={t('common.pagination')}>
            {page > 1 && (
              <Button
                variant="quiet"
                onClick={() => {
                  go({ when, topic, page: page - 1 });
                }}
              >
                {t('common.previous')}
              </Button>
            )}
            <span>{t('common.pageOf', { page, pages })}</span>
            {page < pages && (
              <Button
                variant="quiet"
                onClick={() => {
                  go({ when, topic, page: page + 1 });
                }}
              >
                {t('common.next')}
              </Button>
            )}
          </nav>
        )}
      </section>
      <CalendarFeedPanel networkId={networkId} />
    </div>
  );
}
