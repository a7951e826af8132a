import { requestPasswordResetSchema } from '@praxis/contracts';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormErrors } from '../../forms/useFormErrors';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { requestPasswordReset } from './accountApi';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: requestPasswordReset });
  const form = useFormErrors(request.error);
  useDocumentTitle(t('passwordReset.requestTitle'));

  if (request.isSuccess) {
    return (
      <section className="auth-card" aria-labelledby="reset-sent-title">
        <h1 id="reset-sent-title">{t('passwordReset.sentTitle')}</h1>
        <p role="status">{t('passwordReset.sent', { email: request.variables.email })}</p>
        <p>
          <Link to="/login">{t('passwordReset.backToLogin')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="auth-card" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('passwordReset.requestTitle')}</h1>
      <p className="muted">{t('passwordReset.requestIntro')}</p>
      <form
        ref={formRef}
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const body = form.validate(
            requestPasswordResetSchema,
            { email: email.trim() },
            formRef.current,
          );
          if (!body) {
            request.reset();
            return;
          }
          request.mutate(body);
        }}
      >
        {request.isError && <ErrorAlert error={request.error} />}
        <Field
          label={t('passwordReset.email')}
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
          error={form.errorOf('email')}
        />
        <Button type="submit" busy={request.isPending}>
          {request.isPending
            ? t('passwordReset.requestSubmitting')
            : t('passwordReset.requestSubmit')}
        </Button>
      </form>
      <p>
        <Link to="/login">{t('passwordReset.backToLogin')}</Link>
      </p>
    </section>
  );
}
