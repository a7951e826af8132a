import {
  PROCEEDINGS_VISIBILITIES,
  type ProceedingsVisibility,
  type Session,
} from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDateTimeFormat } from '../../i18n/format';
import { useProceedingsStrings } from '../../i18n/proceedingsStrings';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { VisibilityBadge } from '../networks/VisibilityBadge';
import {
  proceedingsBaseQueryKey,
  proceedingsPagePath,
  proceedingsQueryKey,
  publishProceedings,
  sessionProceedingsQueryKey,
} from './proceedingsApi';
import { useSessionProceedings } from './useSessionProceedings';
import './proceedings.css';

export interface SessionProceedingsProps {
  session: Session;
  /** Conveners and admins publish (the API decides in the end). */
  canPublish: boolean;
  /**
   * Whether the notes have anything written beyond the server's headings; undefined when no editor
   * has reported (not loaded, or not shown): publishing then asks first, like empty notes.
   */
  hasNotes: boolean | undefined;
}

/** On the session page once the session has started: the published versions, and publishing. */
export function SessionProceedings({ session, canPublish, hasNotes }: SessionProceedingsProps) {
  useProceedingsStrings();
  const { t } = useTranslation();
  const versions = useSessionProceedings(session.id);
  const dateTime = useDateTimeFormat();
  const items = versions.data?.items ?? [];

  return (
    <section className="stack section" aria-labelledby="proceedings-title">
      <h2 id="proceedings-title">{t('proceedings.title')}</h2>
      {versions.isPending && <Spinner />}
      {versions.isError && (
        <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />
      )}
      {versions.isSuccess && items.length === 0 && (
        <EmptyState title={t('proceedings.noVersions')} />
      )}
      {items.length > 0 && (
        <>
          <h3>{t('proceedings.versionsTitle')}</h3>
          <ul className="plain-list proceedings-versions">
            {items.map((item) => (
              <li key={`${item.id}:${item.version}`} className="proceedings-versions__item">
                <Link to={proceedingsPagePath(item.id, item.version)}>
                  {t('proceedings.versionPublished', {
                    version: item.version,
                    date: dateTime(item.publishedAt),
                  })}
                </Link>
                <VisibilityBadge visibility={item.visibility} />
              </li>
            ))}
          </ul>
        </>
      )}
      {canPublish && (
        <PublishForm sessionId={session.id} hasNotes={hasNotes} republish={items.length > 0} />
      )}
    </section>
  );
}

function PublishForm({
  sessionId,
  hasNotes,
  republish,
}: {
  sessionId: string;
  hasNotes: boolean | undefined;
  republish: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [visibility, setVisibility] = useState<ProceedingsVisibility>('members');
  const [confirming, setConfirming] = useState(false);
  const publish = useMutation({
    mutationFn: () => publishProceedings(sessionId, visibility),
    onSuccess: async (published) => {
      // Earlier versions now count one more; the new one is known already.
      await queryClient.invalidateQueries({ queryKey: proceedingsBaseQueryKey(published.id) });
      queryClient.setQueryData(proceedingsQueryKey(published.id, undefined), published);
      void queryClient.invalidateQueries({ queryKey: sessionProceedingsQueryKey(sessionId) });
      void queryClient.invalidateQueries({ queryKey: ['archive'] });
      setConfirming(false);
      await navigate(proceedingsPagePath(published.id));
    },
  });
  const hints: Record<ProceedingsVisibility, string> = {
    members: t('proceedings.visibilityMembersHint'),
    public: t('proceedings.visibilityPublicHint'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.reset();
    if (hasNotes === true) publish.mutate();
    else setConfirming(true);
  };

  return (
    <form className="stack proceedings-publish" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`}>{t('proceedings.publishTitle')}</h3>
      <p className="muted">{t('proceedings.publishIntro')}</p>
      <fieldset className="fieldset">
        <legend className="field__label">{t('proceedings.visibility')}</legend>
        {PROCEEDINGS_VISIBILITIES.map((option) => (
          <div key={option} className="radio">
            <input
              type="radio"
              id={`${id}-${option}`}
              name={`${id}-visibility`}
              value={option}
              checked={visibility === option}
              aria-describedby={`${id}-${option}-hint`}
              onChange={() => {
                setVisibility(option);
              }}
            />
            <label htmlFor={`${id}-${option}`}>{t(`networks.visibility_${option}`)}</label>
            <p id={`${id}-${option}-hint`} className="radio__hint muted">
              {hints[option]}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="button-row">
        <Button type="submit" busy={publish.isPending && !confirming}>
          {republish ? t('proceedings.publishAgain') : t('proceedings.publish')}
        </Button>
      </div>
      {publish.isError && !confirming && <ErrorAlert error={publish.error} />}
      {confirming && (
        <ConfirmDialog
          title={t('proceedings.emptyNotesTitle')}
          confirmLabel={t('proceedings.emptyNotesConfirm')}
          busy={publish.isPending}
          error={publish.error}
          onConfirm={() => {
            publish.mutate();
          }}
          onCancel={() => {
            setConfirming(false);
          }}
        >
          <p>{t('proceedings.emptyNotesBody')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
