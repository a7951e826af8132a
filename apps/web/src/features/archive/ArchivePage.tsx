import { ARCHIVE_LIMITS, flagOf, type ArchiveItem, type FacetValue } from '@praxis/contracts';
import { Fragment, useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { countryName, useDateFormat, useLocale } from '../../i18n/format';
import { useProceedingsStrings } from '../../i18n/proceedingsStrings';
import { translateError } from '../../i18n/translateError';
import { Button } from '../../ui/Button';
import { Country } from '../../ui/Country';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { VisibilityBadge } from '../networks/VisibilityBadge';
import { proceedingsPagePath } from '../proceedings/proceedingsApi';
import {
  archiveFiltersFrom,
  archiveSearchParams,
  ARCHIVE_FILTER_KEYS,
  type ArchiveFacetKey,
  type ArchiveFilters,
} from './archiveApi';
import { useArchive } from './useArchive';
import './archive.css';

const FACET_OF: Record<ArchiveFacetKey, 'networks' | 'years' | 'countries' | 'topics'> = {
  networkId: 'networks',
  year: 'years',
  country: 'countries',
  topic: 'topics',
};

const FACET_LABEL = {
  networkId: 'archive.network',
  year: 'archive.year',
  country: 'archive.country',
  topic: 'archive.topic',
} as const;

const FIELD_LABEL: Record<
  string,
  (typeof FACET_LABEL)[ArchiveFacetKey] | 'archive.search' | 'archive.page'
> = {
  ...FACET_LABEL,
  q: 'archive.search',
  page: 'archive.page',
};

/** /archive — published proceedings, searched and filtered; every filter lives in the address. */
export function ArchivePage() {
  useProceedingsStrings();
  const { t } = useTranslation();
  useDocumentTitle(t('archive.title'));
  const [params, setParams] = useSearchParams();
  const filters = archiveFiltersFrom(params);
  const archive = useArchive(filters);
  const filtered = Boolean(filters.q) || ARCHIVE_FILTER_KEYS.some((key) => filters[key]);

  const go = (next: ArchiveFilters) => {
    setParams(archiveSearchParams(next));
  };
  const clear = () => {
    setParams(new URLSearchParams());
  };

  const result = archive.data;
  const pages = result
    ? Math.max(1, Math.ceil(result.total / (result.pageSize || ARCHIVE_LIMITS.pageSize)))
    : 1;
  const page = result?.page ?? filters.page ?? 1;

  return (
    <div className="stack archive">
      <h1>{t('archive.title')}</h1>
      <p className="lead">{t('archive.intro')}</p>
      <SearchForm
        key={filters.q ?? ''}
        q={filters.q ?? ''}
        onSearch={(q) => {
          go({ ...filters, q, page: undefined });
        }}
      />
      {result && (
        <Facets
          filters={filters}
          facets={result.facets}
          onChange={(key, value) => {
            go({ ...filters, [key]: value, page: undefined });
          }}
        />
      )}
      <section className="stack" aria-labelledby="archive-results" aria-busy={archive.isFetching}>
        <h2 id="archive-results">
          {filters.q ? t('archive.resultsFor', { q: filters.q }) : t('archive.title')}
          {result && (
            <span className="muted"> · {t('archive.results', { count: result.total })}</span>
          )}
        </h2>
        {archive.isPending && <Spinner />}
        {archive.isError && (
          <ArchiveError
            error={archive.error}
            onClear={clear}
            onRetry={() => void archive.refetch()}
          />
        )}
        {result && result.items.length === 0 && (
          <EmptyState title={filtered ? t('archive.noMatchTitle') : t('archive.emptyTitle')}>
            <p>{filtered ? t('archive.noMatchBody') : t('archive.emptyBody')}</p>
            {filtered && (
              <p>
                <Button variant="secondary" onClick={clear}>
                  {t('archive.clearFilters')}
                </Button>
              </p>
            )}
          </EmptyState>
        )}
        {result && result.items.length > 0 && (
          <ol className="plain-list archive-results">
            {result.items.map((item) => (
              <ArchiveResultItem key={item.id} item={item} />
            ))}
          </ol>
        )}
        {result && pages > 1 && (
          <nav className="pagination" aria-label={t('common.pagination')}>
            {page > 1 && (
              <Button
                variant="quiet"
                onClick={() => {
                  go({ ...filters, page: page - 1 });
                }}
              >
                {t('common.previous')}
              </Button>
            )}
            <span>{t('common.pageOf', { page, pages })}</span>
            {page < pages && (
              <Button
                variant="quiet"
                onClick={() => {
                  go({ ...filters, page: page + 1 });
                }}
              >
                {t('common.next')}
              </Button>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}

function SearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    onSearch(typeof value === 'string' ? value.trim() : '');
  };
  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('archive.search')}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('archive.searchHint')}
        </p>
        <input
          id={id}
          name="q"
          type="search"
          className="field__input"
          defaultValue={q}
          maxLength={ARCHIVE_LIMITS.queryMax}
          aria-describedby={`${id}-hint`}
        />
      </div>
      <Button type="submit">{t('archive.searchSubmit')}</Button>
    </form>
  );
}

function Facets({
  filters,
  facets,
  onChange,
}: {
  filters: ArchiveFilters;
  facets: Record<'networks' | 'years' | 'countries' | 'topics', FacetValue[]>;
  onChange: (key: ArchiveFacetKey, value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const labelOf = (key: ArchiveFacetKey, facet: FacetValue) => {
    if (key === 'country') return countryName(locale, facet.value);
    return facet.label ?? facet.value;
  };
  return (
    <section className="stack archive-facets" aria-labelledby="archive-filters">
      <h2 id="archive-filters" className="visually-hidden">
        {t('archive.filters')}
      </h2>
      {ARCHIVE_FILTER_KEYS.map((key) => {
        const selected = filters[key];
        const values = [...facets[FACET_OF[key]]];
        // A filter from the address that has no results left still shows, so it can be removed.
        if (selected && !values.some((facet) => sameValue(key, facet.value, selected))) {
          values.push({ value: selected, count: 0 });
        }
        if (values.length === 0) return null;
        return (
          <div key={key} className="archive-facet" role="group" aria-labelledby={`facet-${key}`}>
            <h3 id={`facet-${key}`} className="archive-facet__title">
              {t(FACET_LABEL[key])}
            </h3>
            <div className="archive-chips">
              {values.map((facet) => {
                const pressed = selected !== undefined && sameValue(key, facet.value, selected);
                return (
                  <button
                    key={facet.value}
                    type="button"
                    className="archive-chip"
                    aria-pressed={pressed}
                    onClick={() => {
                      onChange(key, pressed ? undefined : facet.value);
                    }}
                  >
                    {key === 'country' && /^[A-Za-z]{2}$/.test(facet.value) && (
                      <span aria-hidden="true">{flagOf(facet.value)} </span>
                    )}
                    {t('archive.option', { label: labelOf(key, facet), count: facet.count })}
                  </button>
                );
              })}
            </div>
          </div>
        );
      })}
    </section>
  );
}

function sameValue(key: ArchiveFacetKey, a: string, b: string): boolean {
  return key === 'country' || key === 'topic'
    ? a.toLocaleLowerCase() === b.toLocaleLowerCase()
    : a === b;
}

function ArchiveResultItem({ item }: { item: ArchiveItem }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  return (
    <li className="archive-result">
      <h3 className="archive-result__title">
        <Link to={proceedingsPagePath(item.id)}>{item.title}</Link>
      </h3>
      <p className="archive-result__meta">
        <span>{item.networkName}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={item.startsAt}>{date(item.startsAt)}</time>
        {item.visibility === 'members' && (
          <>
            {' '}
            <VisibilityBadge visibility={item.visibility} />
          </>
        )}
      </p>
      {item.topics.length > 0 && (
        <ul className="plain-list archive-tags" aria-label={t('archive.topic')}>
          {item.topics.map((topic) => (
            <li key={topic} className="archive-tag">
              {topic}
            </li>
          ))}
        </ul>
      )}
      {item.countries.length > 0 && (
        <ul className="plain-list archive-countries" aria-label={t('archive.countries')}>
          {item.countries.map((code) => (
            <li key={code}>
              <Country code={code} />
            </li>
          ))}
        </ul>
      )}
      {item.snippet.length > 0 && (
        <p className="archive-result__snippet">
          <span className="visually-hidden">{t('archive.excerpt')}: </span>
          {item.snippet.map((part, index) =>
            part.match ? (
              <mark key={index}>{part.text}</mark>
            ) : (
              <Fragment key={index}>{part.text}</Fragment>
            ),
          )}
        </p>
      )}
    </li>
  );
}

function ArchiveError({
  error,
  onClear,
  onRetry,
}: {
  error: unknown;
  onClear: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.status !== 400)
    return <ErrorAlert error={error} onRetry={onRetry} />;
  const fields = [
    ...new Set(
      error.fields
        .map((field) => FIELD_LABEL[field.path.split('.')[0] ?? ''])
        .filter((label) => label !== undefined)
        .map((label) => t(label)),
    ),
  ];
  return (
    <div className="alert" role="alert">
      <p>{translateError(t, error)}</p>
      {fields.length > 0 && <p>{t('archive.badFilters', { fields: fields.join(', ') })}</p>}
      <Button variant="secondary" onClick={onClear}>
        {t('archive.clearFilters')}
      </Button>
    </div>
  );
}
