import {
  WAKING_HOURS,
  mainTimeZoneOf,
  outsideWakingHours,
  type Delegation,
} from '@praxis/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, timeZoneLabel, useCountryCollator, useLocale } from '../../../i18n/format';
import { Country } from '../../../ui/Country';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Spinner } from '../../../ui/Spinner';
import { useDelegations } from '../../delegations/useDelegations';

interface Row {
  delegation: Delegation;
  timeZone: string;
  several: boolean;
  local: string;
  outside: boolean;
}

/** "7:00 AM" and "9:00 PM" in the reader's language: the bounds of waking hours. */
function useWakingHours(): { from: string; to: string } {
  const locale = intlLocale(useLocale());
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
    const at = (hour: number) => format.format(new Date(Date.UTC(2000, 0, 1, hour)));
    return { from: at(WAKING_HOURS.from), to: at(WAKING_HOURS.to) };
  }, [locale]);
}

/**
 * The start in the main time zone of every active delegation's country, live as the convener edits,
 * with a written warning (not only a colour) where it falls outside waking hours.
 */
export function DelegationTimes({ networkId, startsAt }: { networkId: string; startsAt?: string }) {
  const { t } = useTranslation();
  const locale = intlLocale(useLocale());
  const delegations = useDelegations(networkId);
  const byCountry = useCountryCollator();
  const waking = useWakingHours();

  const rows = useMemo((): Row[] => {
    if (!startsAt || !delegations.data) return [];
    return [...delegations.data.items]
      .filter((delegation) => delegation.retiredAt === null)
      .sort(
        (a, b) =>
          byCountry(a.countryCode, b.countryCode) || a.organization.localeCompare(b.organization),
      )
      .flatMap((delegation): Row[] => {
        const zone = mainTimeZoneOf(delegation.countryCode);
        if (!zone) return [];
        const local = new Intl.DateTimeFormat(locale, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: 'numeric',
          minute: '2-digit',
          timeZone: zone.timeZone,
        }).format(new Date(startsAt));
        return [
          {
            delegation,
            timeZone: zone.timeZone,
            several: zone.several,
            local,
            outside: outsideWakingHours(startsAt, zone.timeZone),
          },
        ];
      });
  }, [startsAt, delegations.data, byCountry, locale]);
  const outside = rows.filter((row) => row.outside).length;

  return (
    <section className="stack local-times" aria-labelledby="local-times-title">
      <h2 id="local-times-title">{t('sessionForm.localTimesTitle')}</h2>
      {delegations.isPending && <Spinner />}
      {delegations.isError && (
        <ErrorAlert error={delegations.error} onRetry={() => void delegations.refetch()} />
      )}
      {delegations.isSuccess && delegations.data.items.length === 0 && (
        <p className="muted">{t('sessionForm.noDelegations')}</p>
      )}
      {delegations.isSuccess && delegations.data.items.length > 0 && !startsAt && (
        <p className="muted">{t('sessionForm.chooseTimeFirst')}</p>
      )}
      {rows.length > 0 && (
        <>
          <p className={outside > 0 ? 'warning-text' : 'muted'} aria-live="polite">
            {outside > 0 && <span aria-hidden="true">⚠ </span>}
            {outside > 0
              ? t('sessionForm.outsideSummary', { count: outside, total: rows.length, ...waking })
              : t('sessionForm.allWaking', waking)}
          </p>
          <div className="table-scroll">
            <table className="local-times__table">
              <caption className="visually-hidden">{t('sessionForm.localTimesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sessionForm.delegation')}</th>
                  <th scope="col">{t('sessionForm.localStart')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.delegation.id}
                    className={row.outside ? 'local-times__row--outside' : undefined}
                  >
                    <th scope="row">
                      <Country code={row.delegation.countryCode} />
                      <span className="local-times__org muted">{row.delegation.organization}</span>
                    </th>
                    <td>
                      <span className="local-times__time">{row.local}</span>
                      <span className="local-times__zone muted">
                        {timeZoneLabel(row.timeZone)}
                        {row.several && ` ${t('sessionForm.severalZones')}`}
                      </span>
                      {row.outside && (
                        <span className="warning-text local-times__warning">
                          <span aria-hidden="true">⚠ </span>
                          {t('sessionForm.outsideWaking', waking)}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
