import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLiveStrings } from '../../i18n/liveStrings';
import { useNotesStrings } from '../../i18n/notesStrings';
import { useSessionStrings } from '../../i18n/sessionStrings';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { useSessionContext } from '../sessions/sessionContext';
import type { DevicePrefs } from './devicePrefs';
import { LiveRoom } from './LiveRoom';
import { PreJoin } from './PreJoin';
import './live.css';

/** /sessions/:sessionId/live — the pre-join check, then the room. */
export function LiveRoomPage() {
  useSessionStrings();
  useLiveStrings();
  useNotesStrings();
  const { t } = useTranslation();
  const { session, network, allows } = useSessionContext();
  const me = useMe();
  const [joined, setJoined] = useState<DevicePrefs>();
  useDocumentTitle(`${t('live.title', { title: session.title })} · ${network.name}`);

  return (
    <article className="stack live-page" aria-labelledby="live-title">
      <div className="session-heading">
        <h1 id="live-title">{t('live.title', { title: session.title })}</h1>
        <Link className="back-link" to={`/sessions/${session.id}`}>
          {t('live.backToSession')}
        </Link>
      </div>
      {joined ? (
        <LiveRoom
          session={session}
          prefs={joined}
          canPublish={allows('live.publish')}
          notes={allows('notes.read') ? { canWrite: allows('notes.write') } : null}
        />
      ) : (
        <PreJoin
          displayName={me.data?.displayName ?? ''}
          canPublish={allows('live.publish')}
          onJoin={setJoined}
        />
      )}
    </article>
  );
}
