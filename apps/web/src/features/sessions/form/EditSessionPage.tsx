import type { Session, UpdateSessionRequest } from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { focusFirstError } from '../../../forms/useFormErrors';
import { fieldErrorsOfApi } from '../../../i18n/fieldErrors';
import { useSessionStrings } from '../../../i18n/sessionStrings';
import { NoAccess } from '../../../ui/NoAccess';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useSessionContext } from '../sessionContext';
import type { SessionPageState } from '../sessionNotice';
import {
  networkSessionsQueryKey,
  sessionQueryKey,
  topicsQueryKey,
  updateSession,
} from '../sessionsApi';
import { SessionForm, type SessionFormBody } from './SessionForm';
import { wallTimeOf } from './wallTime';
import '../sessions.css';

/** Only what changed: a PATCH that moves nothing sends no "rescheduled" e-mail. */
function changesOf(session: Session, body: SessionFormBody): UpdateSessionRequest {
  const changes: UpdateSessionRequest = {};
  if (body.title !== session.title) changes.title = body.title;
  if (body.description !== session.description) changes.description = body.description;
  if (JSON.stringify(body.topics) !== JSON.stringify(session.topics)) changes.topics = body.topics;
  if (Date.parse(body.startsAt) !== Date.parse(session.startsAt)) changes.startsAt = body.startsAt;
  if (body.timeZone !== session.timeZone) changes.timeZone = body.timeZone;
  if (body.durationMinutes !== session.durationMinutes) {
    changes.durationMinutes = body.durationMinutes;
  }
  return changes;
}

export function EditSessionPage() {
  useSessionStrings();
  const { t } = useTranslation();
  const { session, network, allows } = useSessionContext();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const backToSession = (state?: SessionPageState) =>
    navigate(`/sessions/${session.id}`, { state });
  const save = useMutation({
    mutationFn: (changes: UpdateSessionRequest) => updateSession(session.id, changes),
    onSuccess: async (updated) => {
      queryClient.setQueryData(sessionQueryKey(session.id), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: networkSessionsQueryKey(network.id) }),
        queryClient.invalidateQueries({ queryKey: topicsQueryKey(network.id) }),
      ]);
      await backToSession({ notice: 'saved' });
    },
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });
  useDocumentTitle(`${t('sessionForm.editTitle')} · ${session.title}`);

  const heading = <h1 id="edit-session-title">{t('sessionForm.editTitle')}</h1>;
  if (!allows('sessions.manage')) {
    return (
      <section className="stack" aria-labelledby="edit-session-title">
        {heading}
        <NoAccess />
      </section>
    );
  }
  if (session.status === 'cancelled') {
    return (
      <section className="stack" aria-labelledby="edit-session-title">
        {heading}
        <div className="alert alert--warning">
          <p>{t('session.cancelledNote')}</p>
        </div>
      </section>
    );
  }

  const { date, time } = wallTimeOf(session.startsAt, session.timeZone);
  return (
    <section className="stack" aria-labelledby="edit-session-title">
      {heading}
      <p className="muted">{session.title}</p>
      <SessionForm
        mode="edit"
        formRef={formRef}
        networkId={network.id}
        initial={{
          title: session.title,
          description: session.description,
          topics: session.topics,
          date,
          time,
          timeZone: session.timeZone,
          durationMinutes: String(session.durationMinutes),
          ended: false,
        }}
        busy={save.isPending}
        error={save.error}
        onSubmit={(body) => {
          const changes = changesOf(session, body);
          if (Object.keys(changes).length === 0) void backToSession();
          else save.mutate(changes);
        }}
        onEdit={() => {
          if (!save.isIdle) save.reset();
        }}
      />
    </section>
  );
}
