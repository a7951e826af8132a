import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { CopyField } from '../../ui/CopyField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Notice } from '../../ui/Notice';
import { issueCalendarFeed, revokeCalendarFeed } from './sessionsApi';

/** webcal: opens the subscription dialog of the reader's calendar app directly. */
function webcalOf(url: string): string {
  return url.replace(/^https?:/, 'webcal:');
}

/** A personal address calendar apps subscribe to (they cannot sign in), and the way to stop it. */
export function CalendarFeedPanel({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const issue = useMutation({
    mutationFn: () => issueCalendarFeed(networkId),
    onSuccess: (feed) => {
      setNotice(url ? t('sessions.feed.replaced') : undefined);
      setUrl(feed.url);
    },
  });
  const revoke = useMutation({
    mutationFn: () => revokeCalendarFeed(networkId),
    onSuccess: () => {
      setUrl(undefined);
      setNotice(t('sessions.feed.stopped'));
    },
  });
  const busy = issue.isPending || revoke.isPending;
  const start = () => {
    revoke.reset();
    setNotice(undefined);
    issue.mutate();
  };
  const stop = () => {
    issue.reset();
    setNotice(undefined);
    revoke.mutate();
  };

  return (
    <section className="stack section" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{t('sessions.feed.title')}</h2>
      <p className="muted">{t('sessions.feed.intro')}</p>
      {url ? (
        <>
          <CopyField
            label={t('sessions.feed.address')}
            value={url}
            hint={t('sessions.feed.hint')}
          />
          <p>
            <a href={webcalOf(url)}>{t('sessions.feed.open')}</a>
          </p>
          <div className="button-row">
            <Button variant="secondary" busy={issue.isPending} disabled={busy} onClick={start}>
              {t('sessions.feed.renew')}
            </Button>
            <Button variant="danger" busy={revoke.isPending} disabled={busy} onClick={stop}>
              {t('sessions.feed.stop')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <div className="button-row">
            <Button busy={issue.isPending} disabled={busy} onClick={start}>
              {t('sessions.feed.get')}
            </Button>
          </div>
          <p className="muted">
            {t('sessions.feed.stopExisting')}{' '}
            <Button variant="quiet" busy={revoke.isPending} disabled={busy} onClick={stop}>
              {t('sessions.feed.stopMine')}
            </Button>
          </p>
        </>
      )}
      {notice && <Notice>{notice}</Notice>}
      {issue.isError && <ErrorAlert error={issue.error} />}
      {revoke.isError && <ErrorAlert error={revoke.error} />}
    </section>
  );
}
