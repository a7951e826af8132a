import { ErrorCode, REACTIONS, type JoinResponse, type Session } from '@praxis/contracts';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/ApiError';
import { translateError } from '../../i18n/translateError';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { NotesPanel } from '../notes/NotesPanel';
import { useNow } from './agendaTimer';
import type { DevicePrefs } from './devicePrefs';
import { endVideo, moderate, requestVideoToken } from './liveApi';
import { AgendaPanel, ChatPanel, HandsPanel, PeoplePanel, QuestionsPanel } from './panels';
import { useAnnouncer } from './useAnnouncer';
import { useLiveSession } from './useLiveSession';
import { walkthroughPresenters } from './walkthrough';

// The video components load only once a video token has come: without video they are never fetched.
const VideoStage = lazy(async () => ({ default: (await import('./VideoStage')).VideoStage }));

type VideoState =
  | { kind: 'requesting' }
  | { kind: 'ready'; join: JoinResponse }
  | { kind: 'unavailable' }
  | { kind: 'refused'; error: unknown };

const TABS = ['agenda', 'notes', 'hands', 'chat', 'qa', 'people'] as const;
type Tab = (typeof TABS)[number];
const TAB_TITLE = {
  agenda: 'live.agenda.title',
  notes: 'notes.title',
  hands: 'live.hands.title',
  chat: 'live.chat.title',
  qa: 'live.qa.title',
  people: 'live.people.title',
} as const;

export interface LiveRoomProps {
  session: Session;
  prefs: DevicePrefs;
  canPublish: boolean;
  /** The shared notes as a panel, for whoever may read them (observers read only). */
  notes: { canWrite: boolean } | null;
}

export function LiveRoom({ session, prefs, canPublish, notes }: LiveRoomProps) {
  const { t } = useTranslation();
  const live = useLiveSession(session.id);
  const { state, connection, joinError, actions, reactions } = live;
  const [video, setVideo] = useState<VideoState>({ kind: 'requesting' });
  const [tab, setTab] = useState<Tab>('agenda');
  const announcement = useAnnouncer(state, session.agenda);
  const ended = state?.status === 'ended';
  const revoked = connection === 'revoked';

  useEffect(() => {
    let cancelled = false;
    requestVideoToken(session.id).then(
      (join) => !cancelled && setVideo({ kind: 'ready', join }),
      (error: unknown) => {
        if (cancelled) return;
        // Any failure to reach the video service reads the same: the rest of the room goes on.
        if (isApiError(error, ErrorCode.videoUnavailable) || isApiError(error, 'network_error')) {
          setVideo({ kind: 'unavailable' });
        } else setVideo({ kind: 'refused', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [session.id]);

  const endSession = async () => {
    const ack = await actions.setStatus('ended');
    if (!ack.ok) throw new Error(ack.message);
    await endVideo(session.id).catch(() => undefined);
  };

  const currentItem = session.agenda.find((item) => item.id === state?.agenda.currentItemId);
  const presenting =
    !!state &&
    !!currentItem &&
    (currentItem.presenterIds.includes(state.you.userId) ||
      (state.you.delegationId !== null &&
        currentItem.presenterDelegationIds.includes(state.you.delegationId)));

  const walkthrough =
    state && currentItem?.kind === 'walkthrough'
      ? {
          itemId: currentItem.id,
          presenters: walkthroughPresenters(currentItem, state.presence.participants),
          everyone: state.presence.participants,
        }
      : null;

  const panels: Record<Tab, ReactNode> = state
    ? {
        agenda: (
          <AgendaPanel items={session.agenda} state={state} actions={actions} onEndSession={endSession} />
        ),
        notes: notes && (
          <NotesPanel sessionId={session.id} networkId={session.networkId} canWrite={notes.canWrite} />
        ),
        hands: <HandsPanel state={state} actions={actions} />,
        chat: <ChatPanel state={state} actions={actions} />,
        qa: <QuestionsPanel state={state} actions={actions} />,
        people: (
          <PeoplePanel state={state} onModerate={(action, userId) => moderate(session.id, { action, userId })} />
        ),
      }
    : { agenda: null, notes: null, hands: null, chat: null, qa: null, people: null };
  const tabs = TABS.filter((name) => name !== 'notes' || notes !== null);

  return (
    <div className="live-room stack">
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <ConnectionBanner connection={connection} joinError={joinError} />
      {ended && (
        <div className="notice" role="status">
          {t('live.ended')}
        </div>
      )}

      {!ended && !revoked && (
        <section className="live-stage" aria-label={t('live.video.region')}>
          {video.kind === 'requesting' && <Spinner />}
          {video.kind === 'unavailable' && (
            <div className="alert alert--warning" role="status">
              <p>{t('live.video.unavailable')}</p>
            </div>
          )}
          {video.kind === 'refused' && (
            <div className="alert" role="alert">
              <p>{translateError(t, video.error)}</p>
            </div>
          )}
          {video.kind === 'ready' && (
            <Suspense fallback={<Spinner />}>
              <VideoStage
                join={video.join}
                prefs={prefs}
                canPublish={canPublish}
                canShareScreen={!!state && (state.you.canModerate || presenting)}
                walkthrough={walkthrough}
                onUnavailable={() => setVideo({ kind: 'unavailable' })}
              />
            </Suspense>
          )}
        </section>
      )}

      {state && !revoked && (
        <>
          {!ended && <ReactionsRow reactions={reactions} onReact={(emoji) => void actions.react(emoji)} />}
          <div className="live-tabs" role="tablist" aria-label={t('live.tabs')}>
            {tabs.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`live-tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`live-panel-${name}`}
                className="live-tabs__tab"
                onClick={() => setTab(name)}
              >
                {t(TAB_TITLE[name])}
                {name === 'hands' && state.hands.length > 0 && ` (${state.hands.length})`}
                {name === 'qa' && state.questions.length > 0 && ` (${state.questions.length})`}
              </button>
            ))}
          </div>
          <div className="live-columns">
            {tabs.map((name) => (
              <section
                key={name}
                id={`live-panel-${name}`}
                className={`live-column live-column--${name}${tab === name ? ' live-column--active' : ''}`}
                aria-labelledby={`live-heading-${name}`}
              >
                <h2 id={`live-heading-${name}`} className="live-column__title">
                  {t(TAB_TITLE[name])}
                </h2>
                {panels[name]}
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}

function ConnectionBanner({
  connection,
  joinError,
}: Pick<ReturnType<typeof useLiveSession>, 'connection' | 'joinError'>) {
  const { t } = useTranslation();
  if (connection === 'connected') return null;
  if (connection === 'revoked') {
    return (
      <div className="alert" role="alert">
        <p>{t('live.connection.revoked')}</p>
      </div>
    );
  }
  if (connection === 'failed') {
    const known = joinError && (Object.values(ErrorCode) as string[]).includes(joinError.code);
    return (
      <div className="alert" role="alert">
        <p>{t('live.connection.failed')}</p>
        {known && <p>{t(`errors.${joinError.code}` as 'errors.unknown_error')}</p>}
      </div>
    );
  }
  return (
    <p className="live-connection" role="status">
      {connection === 'reconnecting' ? t('live.connection.reconnecting') : t('live.connection.connecting')}
    </p>
  );
}

const REACTION_SHOWN_MS = 4000;

function ReactionsRow({
  reactions,
  onReact,
}: {
  reactions: { userId: string; emoji: string; at: number }[];
  onReact: (emoji: (typeof REACTIONS)[number]) => void;
}) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const recent = reactions.filter((reaction) => now - reaction.at < REACTION_SHOWN_MS);
  return (
    <div className="live-reactions">
      <div className="button-row" role="group" aria-label={t('live.reactions.label')}>
        {REACTIONS.map((emoji) => (
          <Button
            key={emoji}
            variant="quiet"
            className="live-reactions__button"
            aria-label={t('live.reactions.send', { emoji })}
            onClick={() => onReact(emoji)}
          >
            {emoji}
          </Button>
        ))}
      </div>
      <div className="live-reactions__shown" aria-hidden="true">
        {recent.map((reaction) => (
          <span key={`${reaction.userId}-${reaction.at}`} className="live-reactions__bubble">
            {reaction.emoji}
          </span>
        ))}
      </div>
    </div>
  );
}
