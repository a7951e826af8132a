import { SESSION_TRANSITIONS, type Session, type SessionStatus } from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, buttonClass } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { networkSessionsQueryKey, sessionQueryKey, updateSession } from './sessionsApi';

/** What a convener may do with a session that is not cancelled: edit, move through its statuses, cancel. */
export function ConvenerControls({
  session,
  onNotice,
}: {
  session: Session;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  // Whether the start has passed when the page opened: a session that has not started cannot end.
  const [started] = useState(() => Date.parse(session.startsAt) <= Date.now());
  const change = useMutation({
    mutationFn: (status: SessionStatus) => updateSession(session.id, { status }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(sessionQueryKey(session.id), updated);
      setConfirmingCancel(false);
      onNotice(t(`session.statusNotice.${updated.status}`));
      await queryClient.invalidateQueries({ queryKey: networkSessionsQueryKey(session.networkId) });
    },
  });

  if (session.status === 'cancelled') return null;
  const allowed = SESSION_TRANSITIONS[session.status];
  const moves = allowed.filter(
    (status) =>
      status !== 'cancelled' && !(status === 'ended' && session.status === 'scheduled' && !started),
  );
  const labelOf = (status: SessionStatus) => {
    if (status === 'ended') return t('session.end');
    return session.status === 'ended' ? t('session.reopen') : t('session.start');
  };

  return (
    <section className="stack section" aria-labelledby="manage-title">
      <h2 id="manage-title">{t('session.manageTitle')}</h2>
      <div className="button-row">
        <Link className={buttonClass('secondary')} to={`/sessions/${session.id}/edit`}>
          {t('session.editDetails')}
        </Link>
        <Link className={buttonClass('secondary')} to={`/sessions/${session.id}/agenda`}>
          {t('session.editAgenda')}
        </Link>
      </div>
      <div className="button-row">
        {moves.map((status) => (
          <Button
            key={status}
            busy={change.isPending && change.variables === status}
            disabled={change.isPending}
            onClick={() => {
              change.mutate(status);
            }}
          >
            {labelOf(status)}
          </Button>
        ))}
        {allowed.includes('cancelled') && (
          <Button
            variant="danger"
            disabled={change.isPending}
            onClick={() => {
              change.reset();
              setConfirmingCancel(true);
            }}
          >
            {t('session.cancel')}
          </Button>
        )}
      </div>
      {change.isError && !confirmingCancel && <ErrorAlert error={change.error} />}
      {confirmingCancel && (
        <ConfirmDialog
          title={t('session.cancelTitle')}
          confirmLabel={t('session.cancel')}
          cancelLabel={t('session.keep')}
          busy={change.isPending}
          error={change.error}
          onConfirm={() => {
            change.mutate('cancelled');
          }}
          onCancel={() => {
            setConfirmingCancel(false);
          }}
        >
          <p>{t('session.cancelBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
