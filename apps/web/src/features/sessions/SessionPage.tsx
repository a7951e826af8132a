import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSessionStrings } from '../../i18n/sessionStrings';
import { buttonClass } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AgendaView } from './AgendaView';
import { ConvenerControls } from './ConvenerControls';
import { SessionHistory } from './SessionHistory';
import { sessionNotice } from './sessionNotice';
import { useSessionContext } from './sessionContext';
import { sessionCalendarUrl } from './sessionsApi';
import { SessionStatusBadge } from './SessionStatusBadge';
import { SessionWhen } from './SessionWhen';
import { TopicTags } from './TopicTags';

// Below the session's details and agenda: they come a moment later, so the page itself stays light.
const SessionNotesSection = lazy(async () => ({
  default: (await import('../notes/SessionNotesSection')).SessionNotesSection,
}));
const SessionProceedings = lazy(async () => ({
  default: (await import('../proceedings/SessionProceedings')).SessionProceedings,
}));

export function SessionPage() {
  useSessionStrings();
  const { t } = useTranslation();
  const { session, network, allows } = useSessionContext();
  const location = useLocation();
  const [notice, setNotice] = useState<string>();
  // What the notes editor last said about its content (undefined until it has loaded).
  const [hasNotes, setHasNotes] = useState<boolean>();
  // Whether the start had passed when the page opened (a session may be recorded after the fact).
  const [startPassed] = useState(() => Date.parse(session.startsAt) <= Date.now());
  const canManage = allows('sessions.manage');
  const open = session.status === 'scheduled' || session.status === 'live';
  const cancelled = session.status === 'cancelled';
  const started =
    session.status === 'live' || session.status === 'ended' || (!cancelled && startPassed);
  useDocumentTitle(`${session.title} · ${network.name}`);

  const arrival = sessionNotice(location.state);
  const arrivalText =
    arrival === 'created'
      ? t('session.createdNotice')
      : arrival === 'recorded'
        ? t('session.recordedNotice')
        : arrival === 'saved'
          ? t('common.saved')
          : undefined;
  const shownNotice = notice ?? arrivalText;

  return (
    <article className="stack" aria-labelledby="session-title">
      <div className="session-heading">
        <h1 id="session-title">{session.title}</h1>
        <SessionStatusBadge status={session.status} />
      </div>
      {shownNotice && <Notice>{shownNotice}</Notice>}
      {session.status === 'cancelled' && (
        <div className="alert alert--warning">
          <p>{t('session.cancelledNote')}</p>
        </div>
      )}
      <SessionWhen session={session} />
      <dl className="facts session-facts">
        <div>
          <dt>{t('sessions.duration')}</dt>
          <dd>{t('sessions.minutes', { count: session.durationMinutes })}</dd>
        </div>
        {session.topics.length > 0 && (
          <div>
            <dt>{t('sessions.topics')}</dt>
            <dd>
              <TopicTags topics={session.topics} />
            </dd>
          </div>
        )}
      </dl>
      {session.description && <p className="pre-line">{session.description}</p>}
      {(open || session.status === 'ended') && (
        <div className="button-row">
          {open && (
            // The live room comes with a later release: the link is where it will open.
            <Link
              className={`${buttonClass('secondary')} join-link`}
              to={`/sessions/${session.id}/live`}
            >
              {t('session.join')}
            </Link>
          )}
          <a className={buttonClass('secondary')} href={sessionCalendarUrl(session.id)} download>
            {t('session.addToCalendar')}
          </a>
        </div>
      )}
      {canManage && <ConvenerControls session={session} onNotice={setNotice} />}
      <AgendaView session={session} canEdit={canManage && session.status !== 'cancelled'} />
      {allows('notes.read') && !cancelled && (
        <Suspense fallback={<Spinner />}>
          <SessionNotesSection
            sessionId={session.id}
            networkId={network.id}
            canWrite={allows('notes.write')}
            onContentChange={setHasNotes}
          />
        </Suspense>
      )}
      {started && (
        <Suspense fallback={null}>
          <SessionProceedings
            session={session}
            canPublish={allows('proceedings.publish')}
            hasNotes={hasNotes}
          />
        </Suspense>
      )}
      <SessionHistory history={session.history} />
    </article>
  );
}
