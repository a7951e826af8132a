import type { CommitmentStatus, Proceedings, ProceedingsAttendanceGroup } from '@praxis/contracts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { useCountryCollator } from '../../i18n/format';
import { useProceedingsStrings } from '../../i18n/proceedingsStrings';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button, buttonClass } from '../../ui/Button';
import { Country } from '../../ui/Country';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import type { ReturnToState } from '../auth/returnTo';
import { useMe } from '../auth/useMe';
import { VisibilityBadge } from '../networks/VisibilityBadge';
import { proceedingsMarkdownUrl, proceedingsPagePath } from './proceedingsApi';
import { useReaderTime } from './readerTime';
import { useProceedings } from './useProceedings';
import './proceedings.css';

/** `?version=n` when n is a whole number from 1; anything else means the latest. */
export function versionParam(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const version = Number(value);
  return version >= 1 ? version : undefined;
}

/** /proceedings/:proceedingsId — readable signed out when public; `?version=n` for an earlier one. */
export function ProceedingsPage() {
  useProceedingsStrings();
  const { t } = useTranslation();
  const { proceedingsId = '' } = useParams();
  const [params] = useSearchParams();
  const version = versionParam(params.get('version'));
  const proceedings = useProceedings(proceedingsId, version);
  useDocumentTitle(
    proceedings.data
      ? `${proceedings.data.title} · ${t('proceedings.pageTitle')}`
      : t('proceedings.pageTitle'),
  );

  if (proceedings.isPending) return <Spinner />;
  if (proceedings.isError) {
    if (isApiError(proceedings.error) && proceedings.error.status === 404) return <NotFound />;
    return <ErrorAlert error={proceedings.error} onRetry={() => void proceedings.refetch()} />;
  }
  return <ProceedingsView proceedings={proceedings.data} />;
}

function NotFound() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const state: ReturnToState = { from: location };
  return (
    <section className="stack" aria-labelledby="proceedings-missing">
      <h1 id="proceedings-missing">{t('proceedings.notFoundTitle')}</h1>
      <p>{t('proceedings.notFoundBody')}</p>
      <ul className="plain-list stack">
        {me.isSuccess && !me.data && (
          <li>
            <Link to="/login" state={state}>
              {t('proceedings.notFoundSignIn')}
            </Link>
          </li>
        )}
        <li>
          <Link to="/archive">{t('proceedings.toArchive')}</Link>
        </li>
      </ul>
    </section>
  );
}

function ProceedingsView({ proceedings: p }: { proceedings: Proceedings }) {
  const { t } = useTranslation();
  const time = useReaderTime();
  return (
    <article className="stack proceedings" aria-labelledby="proceedings-heading">
      <header className="stack proceedings__header">
        <p className="proceedings__kicker">{t('proceedings.pageTitle')}</p>
        <div className="proceedings__title-row">
          <h1 id="proceedings-heading">{p.title}</h1>
          <VisibilityBadge visibility={p.visibility} />
        </div>
        <dl className="facts proceedings__facts">
          <div>
            <dt>{t('proceedings.network')}</dt>
            <dd>
              <Link to={`/networks/${p.networkId}`}>{p.networkName}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('proceedings.date')}</dt>
            <dd>
              <time dateTime={p.startsAt}>{time.dateTime(p.startsAt)}</time>{' '}
              <span className="muted">({time.zone(p.startsAt)})</span>
            </dd>
          </div>
          {p.topics.length > 0 && (
            <div>
              <dt>{t('proceedings.topics')}</dt>
              <dd>
                <ul className="plain-list proceedings-tags" aria-label={t('proceedings.topics')}>
                  {p.topics.map((topic) => (
                    <li key={topic} className="proceedings-tag">
                      {topic}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
        <p className="muted">
          {t('proceedings.published', { date: time.dateTime(p.publishedAt), name: p.publishedBy })}
        </p>
        <Versions proceedings={p} />
        <div
          className="button-row proceedings__actions"
          role="group"
          aria-label={t('proceedings.actions')}
        >
          <a
            className={buttonClass('secondary')}
            href={proceedingsMarkdownUrl(p.id, p.version)}
            download
          >
            {t('proceedings.downloadMarkdown')}
          </a>
          <Button
            variant="secondary"
            onClick={() => {
              window.print();
            }}
          >
            {t('proceedings.print')}
          </Button>
        </div>
      </header>
      <AgendaSection proceedings={p} />
      <AttendanceSection proceedings={p} />
      <NotesSection html={p.html} />
      <QuestionsSection proceedings={p} />
      <CommitmentsSection proceedings={p} />
    </article>
  );
}

function Versions({ proceedings: p }: { proceedings: Proceedings }) {
  const { t } = useTranslation();
  const all = Array.from({ length: p.versions }, (_, index) => p.versions - index);
  return (
    <nav className="proceedings__versions" aria-label={t('proceedings.versionsNav')}>
      <p className="proceedings__version">
        {t('proceedings.version', { version: p.version, versions: p.versions })}
      </p>
      {p.version < p.versions && (
        <p className="alert alert--warning">
          {t('proceedings.olderVersion')}{' '}
          <Link to={proceedingsPagePath(p.id)}>{t('proceedings.readLatest')}</Link>
        </p>
      )}
      {p.versions > 1 && (
        <ul className="plain-list proceedings__version-list">
          {all.map((n) => (
            <li key={n}>
              {n === p.version ? (
                <span aria-current="page" className="proceedings__version-current">
                  {t('proceedings.versionLink', { version: n })} ({t('proceedings.current')})
                </span>
              ) : (
                <Link to={proceedingsPagePath(p.id, n)}>
                  {t('proceedings.versionLink', { version: n })}
                  {n === p.versions && ` (${t('proceedings.latest')})`}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

function AgendaSection({ proceedings: p }: { proceedings: Proceedings }) {
  const { t } = useTranslation();
  const time = useReaderTime();
  return (
    <section className="stack section" aria-labelledby="proceedings-agenda">
      <h2 id="proceedings-agenda">{t('proceedings.agendaTitle')}</h2>
      {p.agenda.length === 0 ? (
        <p className="muted">{t('proceedings.agendaEmpty')}</p>
      ) : (
        <ol className="proceedings-agenda">
          {p.agenda.map((item, index) => (
            <li key={`${index}:${item.title}`} className="proceedings-agenda__item">
              <h3 className="proceedings-agenda__title">
                {item.title} <Badge>{t(`proceedings.kinds.${item.kind}`)}</Badge>
              </h3>
              <p className="muted">
                {t('proceedings.plannedMinutes', { count: item.minutes })}
                {item.startedAt && (
                  <>
                    {' · '}
                    {item.endedAt
                      ? t('proceedings.ran', {
                          start: time.time(item.startedAt),
                          end: time.time(item.endedAt),
                        })
                      : t('proceedings.started', { start: time.time(item.startedAt) })}
                  </>
                )}
              </p>
              {item.presenters.length > 0 && (
                <p>{t('proceedings.presentedBy', { names: item.presenters.join(', ') })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function AttendanceSection({ proceedings: p }: { proceedings: Proceedings }) {
  const { t } = useTranslation();
  const byCountry = useCountryCollator();
  const { attendance } = p;
  const groups = [...attendance.groups].sort(
    (a, b) =>
      compareCountry(a, b, byCountry) || (a.organization ?? '').localeCompare(b.organization ?? ''),
  );
  return (
    <section className="stack section" aria-labelledby="proceedings-attendance">
      <h2 id="proceedings-attendance">{t('proceedings.attendanceTitle')}</h2>
      {attendance.total === 0 ? (
        <p className="muted">{t('proceedings.attendanceEmpty')}</p>
      ) : (
        <>
          <p>
            {t('proceedings.attendanceSummary', {
              people: t('proceedings.people', { count: attendance.total }),
              countries: t('proceedings.countries', { count: attendance.countries }),
            })}
          </p>
          <ul className="plain-list proceedings-attendance">
            {groups.map((group) => (
              <li
                key={group.delegationId ?? `none:${group.countryCode ?? ''}`}
                className="proceedings-attendance__group"
              >
                <div className="proceedings-attendance__row">
                  <span>
                    {group.countryCode ? (
                      <Country code={group.countryCode} />
                    ) : (
                      <span className="country__name">{t('proceedings.noDelegation')}</span>
                    )}
                    {group.organization && <span className="muted"> — {group.organization}</span>}
                  </span>
                  <span className="proceedings-attendance__count">
                    {t('proceedings.people', { count: group.count })}
                  </span>
                </div>
                {group.names && group.names.length > 0 && (
                  <p className="muted proceedings-attendance__names">{group.names.join(', ')}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function compareCountry(
  a: ProceedingsAttendanceGroup,
  b: ProceedingsAttendanceGroup,
  byCountry: (a: string, b: string) => number,
): number {
  if (a.countryCode === b.countryCode) return 0;
  if (!a.countryCode) return 1;
  if (!b.countryCode) return -1;
  return byCountry(a.countryCode, b.countryCode);
}

/** The notes as the server rendered and sanitised them. */
function NotesSection({ html }: { html: string }) {
  const { t } = useTranslation();
  // Due dates of commitments in the notes show through CSS (data-due-date), labelled in the reader's language.
  const style = {
    '--proceedings-due-label': JSON.stringify(t('proceedings.dueLabel')),
  } as CSSProperties;
  return (
    <section className="stack section" aria-labelledby="proceedings-notes">
      <h2 id="proceedings-notes">{t('proceedings.notesTitle')}</h2>
      {html.trim() === '' ? (
        <p className="muted">{t('proceedings.notesEmpty')}</p>
      ) : (
        <article
          className="proceedings-notes"
          aria-labelledby="proceedings-notes"
          style={style}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </section>
  );
}

function QuestionsSection({ proceedings: p }: { proceedings: Proceedings }) {
  const { t } = useTranslation();
  return (
    <section className="stack section" aria-labelledby="proceedings-questions">
      <h2 id="proceedings-questions">{t('proceedings.questionsTitle')}</h2>
      {p.questions.length === 0 ? (
        <p className="muted">{t('proceedings.questionsEmpty')}</p>
      ) : (
        <ol className="plain-list proceedings-questions">
          {p.questions.map((question, index) => (
            <li key={`${index}:${question.text}`} className="proceedings-questions__item">
              <p className="proceedings-text">{question.text}</p>
              <p className="muted">
                {t('proceedings.votes', { count: question.votes })}
                {question.answered && (
                  <>
                    {' '}
                    <Badge tone="success">
                      <span aria-hidden="true">✓ </span>
                      {t('proceedings.answered')}
                    </Badge>
                  </>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const STATUS_TONES: Record<CommitmentStatus, BadgeTone> = {
  open: 'neutral',
  kept: 'success',
  dropped: 'muted',
};

function CommitmentsSection({ proceedings: p }: { proceedings: Proceedings }) {
  const { t } = useTranslation();
  const time = useReaderTime();
  return (
    <section className="stack section" aria-labelledby="proceedings-commitments">
      <h2 id="proceedings-commitments">{t('proceedings.commitmentsTitle')}</h2>
      {p.commitments.length === 0 ? (
        <p className="muted">{t('proceedings.commitmentsEmpty')}</p>
      ) : (
        <ul className="plain-list proceedings-commitments">
          {p.commitments.map((commitment) => (
            <li key={commitment.id} className="proceedings-commitments__item">
              <p className="proceedings-commitments__who">
                <Country code={commitment.countryCode} />
                <span className="muted"> — {commitment.organization}</span>
              </p>
              <p className="proceedings-text">{commitment.text}</p>
              <p className="proceedings-commitments__meta">
                <span>
                  {commitment.dueDate ? (
                    <time dateTime={commitment.dueDate}>
                      {t('proceedings.due', { date: time.calendarDate(commitment.dueDate) })}
                    </time>
                  ) : (
                    <span className="muted">{t('proceedings.noDueDate')}</span>
                  )}
                </span>
                <Badge tone={STATUS_TONES[commitment.status]}>
                  {t(`proceedings.status.${commitment.status}`)}
                </Badge>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
