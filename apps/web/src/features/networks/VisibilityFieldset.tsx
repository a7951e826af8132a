import { NETWORK_VISIBILITIES, type NetworkVisibility } from '@praxis/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Members only or public, each choice with what it means. */
export function VisibilityFieldset({
  value,
  onChange,
}: {
  value: NetworkVisibility;
  onChange: (visibility: NetworkVisibility) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hints: Record<NetworkVisibility, string> = {
    members: t('settings.visibilityMembersHint'),
    public: t('settings.visibilityPublicHint'),
  };
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('settings.visibility')}</legend>
      {NETWORK_VISIBILITIES.map((visibility) => (
        <div key={visibility} className="radio">
          <input
            type="radio"
            id={`${id}-${visibility}`}
            name="visibility"
            value={visibility}
            checked={value === visibility}
            aria-describedby={`${id}-${visibility}-hint`}
            onChange={() => {
              onChange(visibility);
            }}
          />
          <label htmlFor={`${id}-${visibility}`}>{t(`networks.visibility_${visibility}`)}</label>
          <p id={`${id}-${visibility}-hint`} className="radio__hint muted">
            {hints[visibility]}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
