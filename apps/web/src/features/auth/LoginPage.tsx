import { loginRequestSchema } from '@praxis/contracts';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { loginNotice } from './loginNotice';
import { fromApiError, fromSchemaIssues, type LoginFieldErrors } from './loginFieldErrors';
import { returnTo } from './returnTo';
import { useLogin } from './useLogin';
import { useMe } from './useMe';

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const login = useLogin();
  const notice = loginNotice(location.state);
  const [email, setEmail] = useState(notice?.kind === 'joined' ? (notice.email ?? '') : '');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<LoginFieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  useDocumentTitle(t('login.title'));

  if (me.isPending) return <Spinner />;
  if (me.data) return <Navigate to={returnTo(location.state)} replace />;

  const fieldErrors = { ...fromApiError(login.error), ...clientErrors };

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = loginRequestSchema.safeParse({ email: email.trim(), password });
    if (!parsed.success) {
      const errors = fromSchemaIssues(parsed.error);
      setClientErrors(errors);
      login.reset();
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setClientErrors({});
    login.mutate(parsed.data);
  }

  return (
    <section className="auth-card" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      {notice && (
        <Notice>
          {notice.kind === 'joined'
            ? t('login.noticeJoined', { network: notice.networkName })
            : t('login.noticePasswordReset')}
        </Notice>
      )}
      <p className="muted">{t('login.intro')}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        {login.isError && <ErrorAlert error={login.error} />}
        <Field
          ref={emailRef}
          label={t('login.email')}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
          error={fieldErrors.email && t(fieldErrors.email)}
        />
        <Field
          ref={passwordRef}
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
          error={fieldErrors.password && t(fieldErrors.password)}
        />
        <Button type="submit" busy={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">{t('login.forgotPassword')}</Link>
      </p>
    </section>
  );
}
