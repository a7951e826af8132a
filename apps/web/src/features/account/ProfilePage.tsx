import {
  LIMITS,
  changePasswordSchema,
  updateProfileSchema,
  type Locale,
  type MeResponse,
} from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstError, useFormErrors } from '../../forms/useFormErrors';
import { fieldErrorsOfApi } from '../../i18n/fieldErrors';
import { chooseLocale } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { meQueryKey } from '../auth/authApi';
import { useMe } from '../auth/useMe';
import { changePassword, updateProfile } from './accountApi';
import { LanguageField, NewPasswordField, TimeZoneField } from './ProfileFields';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('account.profileTitle'));
  return (
    <div className="stack narrow">
      <h1>{t('account.profileTitle')}</h1>
      {me.data ? (
        <>
          <DetailsForm me={me.data} />
          <PasswordForm />
        </>
      ) : (
        <Spinner />
      )}
    </div>
  );
}

function DetailsForm({ me }: { me: MeResponse }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [displayName, setDisplayName] = useState(me.displayName);
  const [locale, setLocale] = useState<Locale>(me.locale);
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const save = useMutation({
    mutationFn: updateProfile,
    onSuccess: async (updated) => {
      const languageChanged = updated.locale !== me.locale;
      queryClient.setQueryData(meQueryKey, updated);
      // Changing the language is an explicit choice: speak it now and remember it on this device.
      if (languageChanged) await chooseLocale(i18n, updated.locale);
    },
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });
  const form = useFormErrors(save.error);

  return (
    <section className="stack section" aria-labelledby="profile-details-title">
      <h2 id="profile-details-title">{t('account.detailsTitle')}</h2>
      <form
        ref={formRef}
        className="stack form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const body = form.validate(
            updateProfileSchema,
            { displayName, locale, timeZone },
            formRef.current,
          );
          if (!body) {
            save.reset();
            return;
          }
          save.mutate(body);
        }}
      >
        {save.isError && <ErrorAlert error={save.error} />}
        {save.isSuccess && <Notice>{t('account.profileSaved')}</Notice>}
        <p>
          <span className="field__label">{t('account.email')}</span>
          <br />
          <span className="break">{me.email}</span>
        </p>
        <Field
          label={t('account.displayName')}
          hint={t('account.displayNameHint')}
          name="displayName"
          autoComplete="name"
          maxLength={LIMITS.displayNameMax}
          value={displayName}
          onChange={(event) => {
            setDisplayName(event.target.value);
            save.reset();
          }}
          error={form.errorOf('displayName')}
        />
        <LanguageField
          value={locale}
          onChange={(value) => {
            setLocale(value);
            save.reset();
          }}
          error={form.errorOf('locale')}
        />
        <TimeZoneField
          value={timeZone}
          onChange={(value) => {
            setTimeZone(value);
            save.reset();
          }}
          error={form.errorOf('timeZone')}
        />
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? t('common.saving') : t('account.saveProfile')}
        </Button>
      </form>
    </section>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const change = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
    },
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });
  const form = useFormErrors(change.error);

  return (
    <section className="stack section" aria-labelledby="profile-password-title">
      <h2 id="profile-password-title">{t('account.passwordTitle')}</h2>
      <form
        ref={formRef}
        className="stack form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const body = form.validate(
            changePasswordSchema,
            { currentPassword, newPassword },
            formRef.current,
          );
          if (!body) {
            change.reset();
            return;
          }
          change.mutate(body);
        }}
      >
        {change.isError && <ErrorAlert error={change.error} />}
        {change.isSuccess && <Notice>{t('account.passwordChanged')}</Notice>}
        <Field
          label={t('account.currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => {
            setCurrentPassword(event.target.value);
          }}
          error={form.errorOf('currentPassword')}
        />
        <NewPasswordField
          label={t('account.newPassword')}
          name="newPassword"
          value={newPassword}
          onChange={(event) => {
            setNewPassword(event.target.value);
          }}
          error={form.errorOf('newPassword')}
        />
        <Button type="submit" busy={change.isPending}>
          {change.isPending ? t('common.saving') : t('account.changePassword')}
        </Button>
      </form>
    </section>
  );
}
