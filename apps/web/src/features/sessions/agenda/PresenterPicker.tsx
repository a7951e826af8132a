import { flagOf, type Delegation, type MemberList } from '@praxis/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../../i18n/format';
import { Country } from '../../../ui/Country';
import { delegationLabel } from '../../delegations/delegationLabel';

export interface PresenterPickerProps {
  itemKey: string;
  /** The item's position: whose presenters these are, for the summary's name. */
  itemNumber: number;
  presenterIds: readonly string[];
  presenterDelegationIds: readonly string[];
  /** Member groups by country, already sorted. */
  groups: MemberList['groups'];
  /** Active delegations, and retired ones still chosen here. */
  delegations: readonly Delegation[];
  onChange: (presenterIds: string[], presenterDelegationIds: string[]) => void;
  error?: string;
}

const toggled = (list: readonly string[], id: string, on: boolean) =>
  on ? [...list, id] : list.filter((other) => other !== id);

/**
 * People (checkboxes grouped by country) and whole delegations, inside a disclosure so that a long
 * network does not push the rest of the agenda away; the choice is summed up outside it.
 */
export function PresenterPicker({
  itemKey,
  itemNumber,
  presenterIds,
  presenterDelegationIds,
  groups,
  delegations,
  onChange,
  error,
}: PresenterPickerProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const errorId = useId();
  const [open, setOpen] = useState(false);

  const members = groups.flatMap((group) => group.members);
  const memberName = new Map(members.map((member) => [member.userId, member.displayName]));
  const delegationById = new Map(delegations.map((delegation) => [delegation.id, delegation]));
  const formerIds = presenterIds.filter((id) => !memberName.has(id));
  const formerDelegationIds = presenterDelegationIds.filter((id) => !delegationById.has(id));
  const chosen = [
    ...presenterIds.map((id) => memberName.get(id) ?? t('agenda.formerMember')),
    ...presenterDelegationIds.map((id) => {
      const delegation = delegationById.get(id);
      return delegation ? delegationLabel(delegation, countryName) : t('agenda.formerDelegation');
    }),
  ];

  return (
    <div className="presenter-picker">
      <p className="field__label" aria-hidden="true">
        {t('agenda.presenters')}
      </p>
      <p className="presenter-picker__chosen">
        {chosen.length > 0 ? (
          chosen.join(', ')
        ) : (
          <span className="muted">{t('agenda.noPresenters')}</span>
        )}
      </p>
      <details
        className="disclosure"
        open={open || error !== undefined}
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
        }}
      >
        <summary
          data-key={itemKey}
          data-field="presenters"
          aria-describedby={error ? errorId : undefined}
        >
          {t('agenda.choosePresenters', { number: itemNumber, chosen: chosen.length })}
        </summary>
        <div className="disclosure__body stack">
          <fieldset className="fieldset">
            <legend className="field__label">{t('agenda.people')}</legend>
            {groups.map((group) => (
              <fieldset
                key={group.countryCode ?? 'none'}
                className="fieldset presenter-picker__group"
              >
                <legend>
                  {group.countryCode ? (
                    <Country code={group.countryCode} />
                  ) : (
                    t('agenda.noDelegation')
                  )}
                </legend>
                {group.members.map((member) => (
                  <label key={member.userId} className="checkbox">
                    <input
                      type="checkbox"
                      checked={presenterIds.includes(member.userId)}
                      onChange={(event) => {
                        onChange(toggled(presenterIds, member.userId, event.target.checked), [
                          ...presenterDelegationIds,
                        ]);
                      }}
                    />
                    {member.displayName}
                  </label>
                ))}
              </fieldset>
            ))}
            {formerIds.map((id) => (
              <label key={id} className="checkbox">
                <input
                  type="checkbox"
                  checked
                  onChange={() => {
                    onChange(toggled(presenterIds, id, false), [...presenterDelegationIds]);
                  }}
                />
                {t('agenda.formerMember')}
              </label>
            ))}
          </fieldset>
          {(delegations.length > 0 || formerDelegationIds.length > 0) && (
            <fieldset className="fieldset">
              <legend className="field__label">{t('agenda.wholeDelegations')}</legend>
              {delegations.map((delegation) => (
                <label key={delegation.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={presenterDelegationIds.includes(delegation.id)}
                    onChange={(event) => {
                      onChange(
                        [...presenterIds],
                        toggled(presenterDelegationIds, delegation.id, event.target.checked),
                      );
                    }}
                  />
                  <span>
                    <span aria-hidden="true">{flagOf(delegation.countryCode)} </span>
                    {delegationLabel(delegation, countryName)}
                    {delegation.retiredAt !== null && ` (${t('agenda.retired')})`}
                  </span>
                </label>
              ))}
              {formerDelegationIds.map((id) => (
                <label key={id} className="checkbox">
                  <input
                    type="checkbox"
                    checked
                    onChange={() => {
                      onChange([...presenterIds], toggled(presenterDelegationIds, id, false));
                    }}
                  />
                  {t('agenda.formerDelegation')}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      </details>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
