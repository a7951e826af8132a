import type { AdminUser } from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDateFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { NoAccess } from '../../ui/NoAccess';
import { Notice } from '../../ui/Notice';
import { Spinner } from '../../ui/Spinner';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useMe } from '../auth/useMe';
import { updateUser } from './adminApi';
import { useAdminUsers } from './useAdminUsers';

export function AdminUsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const isAdmin = me.data?.isAdmin === true;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const [query, setQuery] = useState(q);
  const [notice, setNotice] = useState<string>();
  const users = useAdminUsers(q, page, { enabled: isAdmin });
  useDocumentTitle(t('admin.usersTitle'));

  const go = (next: { q: string; page: number }) => {
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  const pages = users.data ? Math.max(1, Math.ceil(users.data.total / users.data.pageSize)) : 1;

  return (
    <section className="stack" aria-labelledby="admin-users-title">
      <h1 id="admin-users-title">{t('admin.usersTitle')}</h1>
      {!isAdmin ? (
        <NoAccess />
      ) : (
        <>
          <form
            role="search"
            className="search-form"
            onSubmit={(event) => {
              event.preventDefault();
              setNotice(undefined);
              go({ q: query.trim(), page: 1 });
            }}
          >
            <Field
              label={t('admin.search')}
              type="search"
              name="q"
              autoComplete="off"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
              }}
            />
            <Button type="submit">{t('admin.searchSubmit')}</Button>
          </form>
          {notice && <Notice>{notice}</Notice>}
          {users.isPending && <Spinner />}
          {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
          {users.isSuccess && (
            <>
              <p className="muted" aria-live="polite">
                {t('admin.results', { count: users.data.total })}
              </p>
              {users.data.items.length === 0 ? (
                <EmptyState title={t('admin.empty')} />
              ) : (
                <ul className="plain-list item-list">
                  {users.data.items.map((user) => (
                    <UserItem
                      key={user.id}
                      user={user}
                      isMe={user.id === me.data?.id}
                      onNotice={setNotice}
                    />
                  ))}
                </ul>
              )}
              {pages > 1 && (
                <nav className="pagination" aria-label={t('common.pagination')}>
                  {page > 1 && (
                    <Link to={pageLink(q, page - 1)} rel="prev">
                      {t('common.previous')}
                    </Link>
                  )}
                  <span>{t('common.pageOf', { page, pages })}</span>
                  {page < pages && (
                    <Link to={pageLink(q, page + 1)} rel="next">
                      {t('common.next')}
                    </Link>
                  )}
                </nav>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

function pageLink(q: string, page: number): string {
  const search = new URLSearchParams();
  if (q) search.set('q', q);
  if (page > 1) search.set('page', String(page));
  const text = search.toString();
  return text ? `?${text}` : '?';
}

function UserItem({
  user,
  isMe,
  onNotice,
}: {
  user: AdminUser;
  isMe: boolean;
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const queryClient = useQueryClient();
  const nameId = useId();
  const [confirming, setConfirming] = useState(false);
  const name = user.displayName;
  const toggle = useMutation({
    mutationFn: () => updateUser(user.id, { disabled: !user.disabled }),
    onSuccess: async (updated) => {
      setConfirming(false);
      onNotice(
        updated.disabled ? t('admin.disabledNotice', { name }) : t('admin.enabledNotice', { name }),
      );
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
  });
  return (
    <li className={`item${user.disabled ? ' item--retired' : ''}`}>
      <div className="item__info">
        <p className="item__title">
          <span id={nameId} className="item__name">
            {name}
          </span>
          {isMe && <span className="muted"> ({t('admin.you')})</span>}{' '}
          {user.isAdmin && <Badge tone="success">{t('roles.admin')}</Badge>}{' '}
          {user.disabled && <Badge tone="danger">{t('admin.disabled')}</Badge>}
        </p>
        <p className="break">{user.email}</p>
        <p className="muted">{t('admin.createdAt', { date: formatDate(user.createdAt) })}</p>
      </div>
      {!isMe && (
        <div className="button-row">
          <Button
            variant="secondary"
            aria-describedby={nameId}
            onClick={() => {
              toggle.reset();
              setConfirming(true);
            }}
          >
            {user.disabled ? t('admin.enable') : t('admin.disable')}
          </Button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={
            user.disabled ? t('admin.enableTitle', { name }) : t('admin.disableTitle', { name })
          }
          confirmLabel={user.disabled ? t('admin.enableConfirm') : t('admin.disableConfirm')}
          busy={toggle.isPending}
          error={toggle.error}
          onConfirm={() => {
            toggle.mutate();
          }}
          onCancel={() => {
            setConfirming(false);
          }}
        >
          <p>
            {user.disabled ? t('admin.enableBody', { name }) : t('admin.disableBody', { name })}
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
