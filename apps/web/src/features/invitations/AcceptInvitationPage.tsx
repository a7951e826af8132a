import {
  ErrorCode,
  acceptInvitationSchema,
  type AcceptInvitationRequest,
  type AcceptInvitationResponse,
  type InvitationPreview,
  type Locale,
} from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { focusFirstError, useFormErrors } from '../../forms/useFormErrors';
import { fieldErrorsOfApi } from '../../i18n/fieldErrors';
import { browserTimeZone, useLocale } from '../../i18n/format';
import { chooseLocale, currentLocale } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { Country } from '../../ui/Country';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { LanguageField, NewPasswordField, TimeZoneField } from '../account/ProfileFields';
import { fetchMe, meQueryKey } from '../auth/authApi';
import type { LoginState } from '../auth/loginNotice';
import { acceptInvitation } from './invitationsApi';
import { useInvitationPreview } from './useInvitationPreview';

/** Links that can no longer be used: said in plain words, with what to do next. */
const UNUSABLE_CODES: ReadonlySet<string> = new Set([
  ErrorCode.invitationInvalid,
  ErrorCode.invitationExpired,
  ErrorCode.invitationUsed,
  ErrorCode.invitationRevoked,
  ErrorCode.notFound,
]);

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);
  useDocumentTitle(
    preview.data ? t('accept.title', { network: preview.data.networkName }) : t('accept.pageTitle'),
  );

  if (preview.isPending) return <Spinner />;
  if (preview.isError) {
    const unusable = isApiError(preview.error) && UNUSABLE_CODES.has(preview.error.code);
    return (
      <section className="auth-card" aria-labelledby="accept-title">
        <h1 id="accept-title">{unusable ? t('accept.unusableTitle') : t('accept.pageTitle')}</h1>
        <ErrorAlert
          error={preview.error}
          onRetry={unusable ? undefined : () => void preview.refetch()}
        />
        {isApiError(preview.error, ErrorCode.invitationUsed) ? (
          <p>
            <Link to="/login">{t('accept.signIn')}</Link>
          </p>
        ) : (
          <p>
            <Link to="/">{t('accept.home')}</Link>
          </p>
        )}
      </section>
    );
  }
  return <Invitation token={token} preview={preview.data} />;
}

function Invitation({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);

  const accept = useMutation({
    mutationFn: (body: AcceptInvitationRequest | Record<string, never>) =>
      acceptInvitation(token, body),
    onSuccess: async (result: AcceptInvitationResponse, body) => {
      if (!result.signedIn) {
        const state: LoginState = {
          from: { pathname: `/networks/${result.networkId}`, search: '', hash: '' },
          notice: { kind: 'joined', networkName: preview.networkName, email: preview.email },
        };
        await navigate('/login', { replace: true, state });
        return;
      }
      // Signed in (a new account, or the invitee was already): start afresh as that user.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      await queryClient.fetchQuery({
        queryKey: meQueryKey,
        queryFn: ({ signal }) => fetchMe(signal),
        staleTime: 0,
      });
      // A language picked on the form, other than the one on screen, is an explicit choice.
      if ('locale' in body && body.locale !== currentLocale(i18n)) {
        await chooseLocale(i18n, body.locale);
      }
      await navigate(`/networks/${result.networkId}`, { replace: true });
    },
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });

  return (
    <section className="auth-card auth-card--wide" aria-labelledby="accept-title">
      <h1 id="accept-title">{t('accept.title', { network: preview.networkName })}</h1>
      <p>{t('accept.intro')}</p>
      <dl className="facts">
        <div>
          <dt>{t('accept.network')}</dt>
          <dd>{preview.networkName}</dd>
        </div>
        <div>
          <dt>{t('accept.role')}</dt>
          <dd>{t(`roles.${preview.role}`)}</dd>
        </div>
        {preview.delegation && (
          <div>
            <dt>{t('accept.delegation')}</dt>
            <dd>
              <Country code={preview.delegation.countryCode} />
              {' — '}
              {preview.delegation.organization}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('accept.email')}</dt>
          <dd className="break">{preview.email}</dd>
        </div>
      </dl>
      {preview.accountExists ? (
        <div className="stack">
          {accept.isError && <ErrorAlert error={accept.error} />}
          <p>{t('accept.existingAccount', { email: preview.email })}</p>
          <Button
            busy={accept.isPending}
            onClick={() => {
              accept.mutate({});
            }}
          >
            {accept.isPending
              ? t('accept.submitting')
              : t('accept.join', { network: preview.networkName })}
          </Button>
        </div>
      ) : (
        <NewAccountForm
          formRef={formRef}
          email={preview.email}
          submitting={accept.isPending}
          error={accept.error}
          onSubmit={(body) => {
            accept.mutate(body);
          }}
          onInvalid={() => {
            accept.reset();
          }}
        />
      )}
    </section>
  );
}

function NewAccountForm({
  formRef,
  email,
  submitting,
  error,
  onSubmit,
  onInvalid,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  email: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (body: AcceptInvitationRequest) => void;
  onInvalid: () => void;
}) {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const form = useFormErrors(error);

  return (
    <form
      ref={formRef}
      className="stack"
      noValidate
      aria-labelledby="new-account-title"
      onSubmit={(event) => {
        event.preventDefault();
        const body = form.validate(
          acceptInvitationSchema,
          { displayName, password, locale, timeZone },
          formRef.current,
        );
        if (!body) {
          onInvalid();
          return;
        }
        onSubmit(body);
      }}
    >
      <h2 id="new-account-title">{t('accept.newAccountTitle')}</h2>
      <p className="muted">{t('accept.newAccountIntro', { email })}</p>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <Field
        label={t('account.displayName')}
        hint={t('account.displayNameHint')}
        name="displayName"
        autoComplete="name"
        value={displayName}
        onChange={(event) => {
          setDisplayName(event.target.value);
        }}
        error={form.errorOf('displayName')}
      />
      <NewPasswordField
        label={t('accept.password')}
        name="password"
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
        }}
        error={form.errorOf('password')}
      />
      <LanguageField value={locale} onChange={setLocale} error={form.errorOf('locale')} />
      <TimeZoneField value={timeZone} onChange={setTimeZone} error={form.errorOf('timeZone')} />
      <Button type="submit" busy={submitting}>
        {submitting ? t('accept.submitting') : t('accept.submit')}
      </Button>
    </form>
  );
}
