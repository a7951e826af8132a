import {
  ErrorCode,
  ROLES,
  SUPPORTED_LOCALES,
  createInvitationSchema,
  type Delegation,
  type Invitation,
  type Locale,
  type Role,
} from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/ApiError';
import { focusFirstError, useFormErrors } from '../../forms/useFormErrors';
import { fieldErrorsOfApi } from '../../i18n/fieldErrors';
import { useCountryCollator, useCountryName, useLocale } from '../../i18n/format';
import { ENDONYMS } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field, SelectField } from '../../ui/Field';
import { delegationLabel } from '../delegations/delegationLabel';
import {
  createInvitation,
  fetchInvitations,
  invitationsQueryKey,
  resendInvitation,
} from './invitationsApi';

export interface InviteFormProps {
  networkId: string;
  delegations: readonly Delegation[];
  onIssued: (invitation: Invitation, resent: boolean) => void;
}

export function InviteForm({ networkId, delegations, onIssued }: InviteFormProps) {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const countryName = useCountryName();
  const byCountry = useCountryCollator();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [delegationId, setDelegationId] = useState('');
  const [locale, setLocale] = useState<Locale>(uiLocale);

  const refresh = () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey(networkId) });
  const issued = async (invitation: Invitation, resent: boolean) => {
    onIssued(invitation, resent);
    setEmail('');
    await refresh();
  };
  const create = useMutation({
    mutationFn: (body: Parameters<typeof createInvitation>[1]) => createInvitation(networkId, body),
    onSuccess: (invitation) => issued(invitation, false),
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });
  /** After invitation_pending: find the waiting invitation to that address and send it again. */
  const resendPending = useMutation({
    mutationFn: async (address: string) => {
      const list = await fetchInvitations(networkId);
      const pending = list.items.find(
        (item) => item.state === 'pending' && item.email.toLowerCase() === address.toLowerCase(),
      );
      if (!pending) {
        throw new ApiError(404, {
          statusCode: 404,
          error: 'Not Found',
          message: 'No pending invitation to this address',
          code: ErrorCode.notFound,
        });
      }
      return resendInvitation(networkId, pending.id);
    },
    onSuccess: async (invitation) => {
      create.reset();
      await issued(invitation, true);
    },
  });
  const form = useFormErrors(create.error);
  const pendingConflict = isApiError(create.error, ErrorCode.invitationPending);

  const activeDelegations = delegations
    .filter((delegation) => delegation.retiredAt === null)
    .sort(
      (a, b) =>
        byCountry(a.countryCode, b.countryCode) || a.organization.localeCompare(b.organization),
    );

  return (
    <form
      ref={formRef}
      className="stack form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        resendPending.reset();
        const body = form.validate(
          createInvitationSchema,
          { email: email.trim(), role, delegationId: delegationId || null, locale },
          formRef.current,
        );
        if (!body) {
          create.reset();
          return;
        }
        create.mutate(body);
      }}
    >
      {create.isError && !pendingConflict && <ErrorAlert error={create.error} />}
      {pendingConflict && (
        <div className="alert alert--warning" role="alert">
          <p>{t('invitations.pendingExists', { email: email.trim() })}</p>
          <Button
            variant="secondary"
            busy={resendPending.isPending}
            onClick={() => {
              resendPending.mutate(email.trim());
            }}
          >
            {t('invitations.resendExisting')}
          </Button>
        </div>
      )}
      {resendPending.isError && <ErrorAlert error={resendPending.error} />}
      <Field
        label={t('invitations.email')}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
        }}
        error={form.errorOf('email')}
      />
      <SelectField
        label={t('invitations.role')}
        name="role"
        value={role}
        onChange={(event) => {
          setRole(event.target.value as Role);
        }}
        error={form.errorOf('role')}
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('invitations.delegation')}
        name="delegationId"
        value={delegationId}
        onChange={(event) => {
          setDelegationId(event.target.value);
        }}
        error={form.errorOf('delegationId')}
      >
        <option value="">{t('invitations.noDelegation')}</option>
        {activeDelegations.map((delegation) => (
          <option key={delegation.id} value={delegation.id}>
            {delegationLabel(delegation, countryName)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('invitations.emailLanguage')}
        name="locale"
        value={locale}
        onChange={(event) => {
          setLocale(event.target.value as Locale);
        }}
        error={form.errorOf('locale')}
      >
        {SUPPORTED_LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {ENDONYMS[option]}
          </option>
        ))}
      </SelectField>
      <Button type="submit" busy={create.isPending}>
        {create.isPending ? t('invitations.submitting') : t('invitations.submit')}
      </Button>
    </form>
  );
}
