import { flagOf, type Presenter } from '@praxis/contracts';
import { useCountryName } from '../../i18n/format';
import { delegationLabel } from '../delegations/delegationLabel';

/** A presenter with their flag: a person (and their country) or a whole delegation. */
export function PresenterName({ presenter }: { presenter: Presenter }) {
  const countryName = useCountryName();
  if (presenter.kind === 'delegation') {
    return (
      <span className="presenter">
        <span aria-hidden="true">{flagOf(presenter.countryCode)} </span>
        {delegationLabel(presenter, countryName)}
      </span>
    );
  }
  return (
    <span className="presenter">
      {presenter.countryCode && <span aria-hidden="true">{flagOf(presenter.countryCode)} </span>}
      {presenter.displayName}
      {presenter.countryCode && (
        <span className="muted"> ({countryName(presenter.countryCode)})</span>
      )}
    </span>
  );
}
