import { updateDelegationSchema, type Delegation } from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstError, useFormErrors } from '../../forms/useFormErrors';
import { fieldErrorsOfApi } from '../../i18n/fieldErrors';
import { useCountryName } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Country } from '../../ui/Country';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ContextLabel, Field } from '../../ui/Field';
import { membersQueryKey } from '../members/membersApi';
import { delegationsQueryKey, updateDelegation } from './delegationsApi';
import { delegationLabel } from './delegationLabel';

export function DelegationItem({
  delegation,
  onNotice,
}: {
  delegation: Delegation;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState(false);
  const [organization, setOrganization] = useState(delegation.organization);
  const formRef = useRef<HTMLFormElement>(null);
  const renameButtonRef = useRef<HTMLButtonElement>(null);
  const { networkId } = delegation;
  const country = countryName(delegation.countryCode);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: delegationsQueryKey(networkId) });
    await queryClient.invalidateQueries({ queryKey: membersQueryKey(networkId) });
  };
  const rename = useMutation({
    mutationFn: (value: string) =>
      updateDelegation(networkId, delegation.id, { organization: value }),
    onSuccess: async () => {
      setRenaming(false);
      onNotice(t('common.saved'));
      await refresh();
    },
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });
  const retire = useMutation({
    mutationFn: (retired: boolean) => updateDelegation(networkId, delegation.id, { retired }),
    onSuccess: async (updated) => {
      const name = delegationLabel(updated, countryName);
      onNotice(
        updated.retiredAt
          ? t('delegations.retiredNotice', { name })
          : t('delegations.restoredNotice', { name }),
      );
      await refresh();
    },
  });
  const form = useFormErrors(rename.error);
  const retired = delegation.retiredAt !== null;

  return (
    <li className={`item${retired ? ' item--retired' : ''}`}>
      <div className="item__info">
        <p className="item__title">
          <Country code={delegation.countryCode} />{' '}
          {retired && <Badge tone="muted">{t('delegations.retired')}</Badge>}
        </p>
        {!renaming && <p>{delegation.organization}</p>}
        <p className="muted">{t('members.count', { count: delegation.memberCount })}</p>
      </div>
      {renaming ? (
        <form
          ref={formRef}
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const body = form.validate(updateDelegationSchema, { organization }, formRef.current);
            if (!body?.organization) {
              rename.reset();
              return;
            }
            rename.mutate(body.organization);
          }}
        >
          {rename.isError && <ErrorAlert error={rename.error} />}
          <Field
            label={
              <ContextLabel
                visible={t('delegations.organization')}
                full={t('delegations.organizationOf', { country })}
              />
            }
            name="organization"
            autoFocus
            value={organization}
            onChange={(event) => {
              setOrganization(event.target.value);
            }}
            error={form.errorOf('organization')}
          />
          <div className="button-row">
            <Button type="submit" busy={rename.isPending}>
              {t('common.save')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setRenaming(false);
                setOrganization(delegation.organization);
                form.clear();
                rename.reset();
                requestAnimationFrame(() => renameButtonRef.current?.focus());
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <Button
            ref={renameButtonRef}
            variant="secondary"
            onClick={() => {
              setRenaming(true);
            }}
          >
            <ContextLabel
              visible={t('delegations.rename')}
              full={`${t('delegations.rename')}: ${delegationLabel(delegation, countryName)}`}
            />
          </Button>
          <Button
            variant="secondary"
            busy={retire.isPending}
            onClick={() => {
              retire.mutate(!retired);
            }}
          >
            <ContextLabel
              visible={retired ? t('delegations.bringBack') : t('delegations.retire')}
              full={`${retired ? t('delegations.bringBack') : t('delegations.retire')}: ${delegationLabel(delegation, countryName)}`}
            />
          </Button>
        </div>
      )}
      {retire.isError && <ErrorAlert error={retire.error} />}
    </li>
  );
}
