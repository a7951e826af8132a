import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { focusFirstError } from '../../../forms/useFormErrors';
import { fieldErrorsOfApi } from '../../../i18n/fieldErrors';
import { useSessionStrings } from '../../../i18n/sessionStrings';
import { NoAccess } from '../../../ui/NoAccess';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useNetworkContext } from '../../networks/networkContext';
import type { SessionPageState } from '../sessionNotice';
import {
  createSession,
  networkSessionsQueryKey,
  sessionQueryKey,
  topicsQueryKey,
} from '../sessionsApi';
import { useViewerTimeZone } from '../sessionTime';
import { SessionForm, type SessionFormBody } from './SessionForm';
import '../sessions.css';

export function NewSessionPage() {
  useSessionStrings();
  const { t } = useTranslation();
  const { network, allows } = useNetworkContext();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const timeZone = useViewerTimeZone();
  const create = useMutation({
    mutationFn: (body: SessionFormBody) => createSession(network.id, body),
    onSuccess: async (session) => {
      queryClient.setQueryData(sessionQueryKey(session.id), session);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: networkSessionsQueryKey(network.id) }),
        queryClient.invalidateQueries({ queryKey: topicsQueryKey(network.id) }),
      ]);
      const state: SessionPageState = {
        notice: session.status === 'ended' ? 'recorded' : 'created',
      };
      await navigate(`/sessions/${session.id}`, { state });
    },
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });
  useDocumentTitle(`${t('sessionForm.newTitle')} · ${network.name}`);

  return (
    <section className="stack" aria-labelledby="new-session-title">
      <Link className="back-link" to={`/networks/${network.id}/sessions`}>
        <span aria-hidden="true">← </span>
        {t('sessions.title')}
      </Link>
      <h1 id="new-session-title">{t('sessionForm.newTitle')}</h1>
      {!allows('sessions.manage') ? (
        <NoAccess />
      ) : (
        <>
          <p className="muted">{t('sessionForm.newIntro')}</p>
          <SessionForm
            mode="create"
            formRef={formRef}
            networkId={network.id}
            initial={{
              title: '',
              description: '',
              topics: [],
              date: '',
              time: '',
              timeZone,
              durationMinutes: '60',
              ended: false,
            }}
            busy={create.isPending}
            error={create.error}
            onSubmit={(body) => {
              create.mutate(body);
            }}
            onEdit={() => {
              if (!create.isIdle) create.reset();
            }}
          />
        </>
      )}
    </section>
  );
}
