import { ErrorCode, resetPasswordSchema } from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { focusFirstError, useFormErrors } from '../../forms/useFormErrors';
import { fieldErrorsOfApi } from '../../i18n/fieldErrors';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { meQueryKey } from '../auth/authApi';
import type { LoginState } from '../auth/loginNotice';
import { resetPassword } from './accountApi';
import { NewPasswordField } from './ProfileFields';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: (body: { password: string }) => resetPassword(token, body),
    onSuccess: async () => {
      // The reset ends every session of the account, possibly this one.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      const state: LoginState = { notice: { kind: 'passwordReset' } };
      await navigate('/login', { replace: true, state });
    },
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });
  const form = useFormErrors(reset.error);
  useDocumentTitle(t('passwordReset.resetTitle'));
  const linkInvalid = isApiError(reset.error, ErrorCode.resetLinkInvalid);

  return (
    // No labelled region: its name ("Choose a new password") would also match the field's label.
    <section className="auth-card">
      <h1>{t('passwordReset.resetTitle')}</h1>
      <p className="muted">{t('passwordReset.resetIntro')}</p>
      <form
        ref={formRef}
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const body = form.validate(resetPasswordSchema, { password }, formRef.current);
          if (!body) {
            reset.reset();
            return;
          }
          reset.mutate(body);
        }}
      >
        {reset.isError && <ErrorAlert error={reset.error} />}
        {linkInvalid && (
          <p>
            <Link to="/forgot-password">{t('passwordReset.requestNewLink')}</Link>
          </p>
        )}
        <NewPasswordField
          label={t('passwordReset.newPassword')}
          name="password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
          error={form.errorOf('password')}
        />
        <Button type="submit" busy={reset.isPending}>
          {reset.isPending ? t('common.saving') : t('passwordReset.resetSubmit')}
        </Button>
      </form>
    </section>
  );
}
