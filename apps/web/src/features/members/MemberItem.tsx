import { ROLES, type Delegation, type Member, type Role } from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ContextLabel, SelectField } from '../../ui/Field';
import { delegationLabel } from '../delegations/delegationLabel';
import { networkQueryKey } from '../networks/networksApi';
import { membersQueryKey, removeMember, updateMember } from './membersApi';

export interface MemberItemProps {
  networkId: string;
  member: Member;
  isMe: boolean;
  delegationsById: ReadonlyMap<string, Delegation>;
  canManage: boolean;
  onNotice: (message: string) => void;
}

export function MemberItem({
  networkId,
  member,
  isMe,
  delegationsById,
  canManage,
  onNotice,
}: MemberItemProps) {
  const { t } = useTranslation();
  const delegation = member.delegationId ? delegationsById.get(member.delegationId) : undefined;
  return (
    <li className="member">
      <div className="member__info">
        <p className="member__name">
          {member.displayName}
          {isMe && <span className="muted"> ({t('members.you')})</span>}{' '}
          <Badge tone={member.role === 'convener' ? 'success' : 'neutral'}>
            {t(`roles.${member.role}`)}
          </Badge>
        </p>
        {delegation && <p className="muted">{delegation.organization}</p>}
        {member.email && (
          <p>
            <a className="member__email" href={`mailto:${member.email}`}>
              {member.email}
            </a>
          </p>
        )}
      </div>
      {canManage && (
        <MemberControls
          networkId={networkId}
          member={member}
          isMe={isMe}
          delegationsById={delegationsById}
          onNotice={onNotice}
        />
      )}
    </li>
  );
}

function MemberControls({
  networkId,
  member,
  isMe,
  delegationsById,
  onNotice,
}: Omit<MemberItemProps, 'canManage'>) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>(member.role);
  const [delegationId, setDelegationId] = useState(member.delegationId ?? '');
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const name = member.displayName;

  // Changing one's own role changes what the network page offers: reload the network too.
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: isMe ? networkQueryKey(networkId) : membersQueryKey(networkId),
    });
  const update = useMutation({
    mutationFn: () =>
      updateMember(networkId, member.userId, {
        ...(role !== member.role ? { role } : {}),
        ...(delegationId !== (member.delegationId ?? '')
          ? { delegationId: delegationId || null }
          : {}),
      }),
    onSuccess: async () => {
      onNotice(t('members.updated', { name }));
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => removeMember(networkId, member.userId),
    onSuccess: async () => {
      setConfirmingRemoval(false);
      onNotice(t('members.removed', { name }));
      await refresh();
    },
  });

  const dirty = role !== member.role || delegationId !== (member.delegationId ?? '');
  // Active delegations, plus the member's own even when it was retired.
  const options = [...delegationsById.values()].filter(
    (delegation) => delegation.retiredAt === null || delegation.id === member.delegationId,
  );

  return (
    <form
      className="member__controls"
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty) update.mutate();
      }}
    >
      <div className="member__fields">
        <SelectField
          label={<ContextLabel visible={t('members.role')} full={t('members.roleOf', { name })} />}
          name="role"
          value={role}
          onChange={(event) => {
            setRole(event.target.value as Role);
            update.reset();
          }}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={
            <ContextLabel
              visible={t('members.delegation')}
              full={t('members.delegationOf', { name })}
            />
          }
          name="delegationId"
          value={delegationId}
          onChange={(event) => {
            setDelegationId(event.target.value);
            update.reset();
          }}
        >
          <option value="">{t('members.noDelegation')}</option>
          {options.map((delegation) => (
            <option key={delegation.id} value={delegation.id}>
              {delegationLabel(delegation, countryName)}
            </option>
          ))}
        </SelectField>
      </div>
      {update.isError && <ErrorAlert error={update.error} />}
      <div className="button-row">
        {dirty && (
          <Button type="submit" busy={update.isPending}>
            <ContextLabel visible={t('common.save')} full={t('members.saveOf', { name })} />
          </Button>
        )}
        <Button
          variant="secondary"
          onClick={() => {
            remove.reset();
            setConfirmingRemoval(true);
          }}
        >
          <ContextLabel visible={t('members.remove')} full={t('members.removeOf', { name })} />
        </Button>
      </div>
      {confirmingRemoval && (
        <ConfirmDialog
          title={t('members.removeTitle', { name })}
          confirmLabel={t('members.removeConfirm')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => {
            remove.mutate();
          }}
          onCancel={() => {
            setConfirmingRemoval(false);
          }}
        >
          <p>{t('members.removeBody')}</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
