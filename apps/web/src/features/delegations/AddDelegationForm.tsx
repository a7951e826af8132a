import { createDelegationSchema } from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstError, useFormErrors } from '../../forms/useFormErrors';
import { fieldErrorsOfApi } from '../../i18n/fieldErrors';
import { useCountryName } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { CountrySelect } from './CountrySelect';
import { createDelegation, delegationsQueryKey } from './delegationsApi';
import { delegationLabel } from './delegationLabel';

export function AddDelegationForm({
  networkId,
  onAdded,
}: {
  networkId: string;
  onAdded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [countryCode, setCountryCode] = useState('');
  const [organization, setOrganization] = useState('');
  const create = useMutation({
    mutationFn: (body: { countryCode: string; organization: string }) =>
      createDelegation(networkId, body),
    onSuccess: async (delegation) => {
      onAdded(t('delegations.added', { name: delegationLabel(delegation, countryName) }));
      setCountryCode('');
      setOrganization('');
      await queryClient.invalidateQueries({ queryKey: delegationsQueryKey(networkId) });
    },
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });
  const form = useFormErrors(create.error);

  return (
    <section className="stack section" aria-labelledby="add-delegation-title">
      <h2 id="add-delegation-title">{t('delegations.addTitle')}</h2>
      <form
        ref={formRef}
        className="stack form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const body = form.validate(
            createDelegationSchema,
            { countryCode, organization },
            formRef.current,
          );
          if (!body) {
            create.reset();
            return;
          }
          // The API normalises too; send what the reader chose, trimmed.
          create.mutate({ countryCode, organization: body.organization });
        }}
      >
        {create.isError && <ErrorAlert error={create.error} />}
        <CountrySelect
          label={t('delegations.country')}
          name="countryCode"
          value={countryCode}
          onChange={(event) => {
            setCountryCode(event.target.value);
          }}
          error={form.errorOf('countryCode')}
        />
        <Field
          label={t('delegations.organization')}
          hint={t('delegations.organizationHint')}
          name="organization"
          autoComplete="organization"
          value={organization}
          onChange={(event) => {
            setOrganization(event.target.value);
          }}
          error={form.errorOf('organization')}
        />
        <Button type="submit" busy={create.isPending}>
          {t('delegations.add')}
        </Button>
      </form>
    </section>
  );
}
