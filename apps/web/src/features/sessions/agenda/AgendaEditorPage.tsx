import {
  planAgenda,
  putAgendaSchema,
  toFieldErrors,
  type FieldError,
  type PutAgendaRequest,
  type Session,
} from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useCountryCollator } from '../../../i18n/format';
import { useSessionStrings } from '../../../i18n/sessionStrings';
import { translateError } from '../../../i18n/translateError';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { NoAccess } from '../../../ui/NoAccess';
import { Notice } from '../../../ui/Notice';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useDelegations } from '../../delegations/useDelegations';
import { sortGroups } from '../../members/sortGroups';
import { useMembers } from '../../members/useMembers';
import { useSessionContext } from '../sessionContext';
import { networkSessionsQueryKey, putAgenda, sessionQueryKey } from '../sessionsApi';
import { useViewerFormat } from '../sessionTime';
import { AgendaItemEditor } from './AgendaItemEditor';
import {
  ITEM_FIELDS,
  draftOf,
  errorsByItem,
  minutesOf,
  moved,
  newDraftItem,
  requestOf,
  type DraftItem,
  type ItemErrors,
} from './agendaDraft';
import '../sessions.css';

export function AgendaEditorPage() {
  useSessionStrings();
  const { t } = useTranslation();
  const { session, allows } = useSessionContext();
  useDocumentTitle(`${t('agenda.editTitle')} · ${session.title}`);

  let body;
  if (!allows('sessions.manage')) body = <NoAccess />;
  else if (session.status === 'cancelled') {
    body = (
      <div className="alert alert--warning">
        <p>{t('session.cancelledNote')}</p>
      </div>
    );
  } else body = <AgendaEditor key={session.id} session={session} />;

  return (
    <section className="stack" aria-labelledby="agenda-editor-title">
      <div>
        <h1 id="agenda-editor-title">{t('agenda.editTitle')}</h1>
        <p className="muted">
          <Link to={`/sessions/${session.id}`}>{session.title}</Link>
        </p>
      </div>
      {body}
    </section>
  );
}

/** Where focus goes once the list has re-rendered. */
type FocusRequest =
  | { key: string; target: 'up' | 'down' | 'title' }
  | { key: 'add' }
  | { key: string; target: 'error'; field: string };

interface Failure {
  /** Nothing was sent: the shared schema found fields to fix. */
  client: boolean;
  error?: unknown;
  other: FieldError[];
}

function AgendaEditor({ session }: { session: Session }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const viewer = useViewerFormat();
  const byCountry = useCountryCollator();
  const members = useMembers(session.networkId);
  const delegations = useDelegations(session.networkId, { includeRetired: true });
  const [items, setItems] = useState<DraftItem[]>(() => draftOf(session.agenda));
  const [errors, setErrors] = useState<Record<string, ItemErrors>>({});
  const [failure, setFailure] = useState<Failure>();
  const [saved, setSaved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [dragKey, setDragKey] = useState<string>();
  const [dropKey, setDropKey] = useState<string>();
  const focusRequest = useRef<FocusRequest | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  // After a move, a removal, an addition or a failed save: focus what the reader acted on.
  useLayoutEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    if (!('target' in request)) {
      addRef.current?.focus();
      return;
    }
    const root = listRef.current;
    const find = (selector: string) => root?.querySelector<HTMLElement>(selector) ?? null;
    const ofItem = `[data-key="${request.key}"]`;
    if (request.target === 'title') {
      find(`${ofItem}[data-field="title"]`)?.focus();
    } else if (request.target === 'error') {
      find(`${ofItem}[data-field="${request.field}"]`)?.focus();
    } else {
      // At the top (or bottom) its own button is disabled: the other one keeps the focus in the item.
      const same = find(`${ofItem}[data-move="${request.target}"]`);
      const other = find(`${ofItem}[data-move="${request.target === 'up' ? 'down' : 'up'}"]`);
      (same && !(same as HTMLButtonElement).disabled ? same : other)?.focus();
    }
  });

  const showErrors = (
    fields: readonly FieldError[],
    keys: string[],
    outcome: Omit<Failure, 'other'>,
  ) => {
    const { byKey, other } = errorsByItem(fields, keys);
    setErrors(byKey);
    setFailure({ ...outcome, other });
    setSaved(false);
    const first = items.find((item) => byKey[item.key]);
    const field = first && ITEM_FIELDS.find((name) => byKey[first.key]?.[name]);
    if (first && field) {
      focusRequest.current = {
        key: first.key,
        target: 'error',
        field: field === 'id' ? 'title' : field,
      };
    }
  };

  const save = useMutation({
    mutationFn: ({ body }: { body: PutAgendaRequest; keys: string[] }) =>
      putAgenda(session.id, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData(sessionQueryKey(session.id), updated);
      setItems(draftOf(updated.agenda));
      setErrors({});
      setFailure(undefined);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: networkSessionsQueryKey(session.networkId) });
    },
    onError: (error, { keys }) => {
      showErrors(isApiError(error) ? error.fields : [], keys, { client: false, error });
    },
  });

  // Leaving with edits not saved asks first (a page reload or closed tab is not covered).
  const dirty =
    JSON.stringify(requestOf(items)) !== JSON.stringify(requestOf(draftOf(session.agenda)));
  const blocker = useBlocker(dirty && !save.isPending);

  const plan = planAgenda(session.startsAt, session.durationMinutes, items.map(minutesOf));
  const over = plan.overrunMinutes;
  const labelOf = (item: DraftItem, index: number) =>
    item.title.trim() || t('agenda.itemNumber', { number: index + 1 });
  const groups = sortGroups(members.data?.groups ?? [], byCountry);
  const chosenDelegations = new Set(items.flatMap((item) => item.presenterDelegationIds));
  const delegationOptions = [...(delegations.data?.items ?? [])]
    .filter((delegation) => delegation.retiredAt === null || chosenDelegations.has(delegation.id))
    .sort(
      (a, b) =>
        byCountry(a.countryCode, b.countryCode) || a.organization.localeCompare(b.organization),
    );

  const edited = (next: DraftItem[]) => {
    setItems(next);
    setSaved(false);
  };
  const update = (key: string, patch: Partial<DraftItem>) => {
    edited(items.map((item) => (item.key === key ? { ...item, ...patch } : item)));
    const fields = Object.keys(patch).map((name) =>
      name === 'presenterIds' || name === 'presenterDelegationIds' ? 'presenters' : name,
    );
    if (errors[key] && fields.some((name) => name in (errors[key] ?? {}))) {
      const remaining = { ...errors[key] };
      for (const name of fields) delete remaining[name as keyof ItemErrors];
      setErrors({ ...errors, [key]: remaining });
    }
  };
  const move = (from: number, to: number, via: 'up' | 'down' | 'drag') => {
    const item = items[from];
    if (!item || to < 0 || to >= items.length || from === to) return;
    edited(moved(items, from, to));
    if (via !== 'drag') focusRequest.current = { key: item.key, target: via };
    setAnnouncement(
      t('agenda.movedTo', { title: labelOf(item, from), position: to + 1, total: items.length }),
    );
  };
  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    const neighbour = items[index + 1] ?? items[index - 1];
    edited(items.filter((other) => other.key !== item.key));
    focusRequest.current = neighbour ? { key: neighbour.key, target: 'title' } : { key: 'add' };
    setAnnouncement(t('agenda.removed', { title: labelOf(item, index) }));
  };
  const add = () => {
    const item = newDraftItem();
    edited([...items, item]);
    focusRequest.current = { key: item.key, target: 'title' };
    setAnnouncement(t('agenda.added', { number: items.length + 1 }));
  };

  const dragHandlers = (item: DraftItem, index: number) => ({
    onDragStart: (event: DragEvent<HTMLElement>) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.key);
      const row = event.currentTarget.closest('li');
      if (row) event.dataTransfer.setDragImage(row, 16, 16);
      setDragKey(item.key);
    },
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!dragKey) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropKey !== item.key) setDropKey(item.key);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!dragKey) return;
      event.preventDefault();
      move(
        items.findIndex((other) => other.key === dragKey),
        index,
        'drag',
      );
      setDragKey(undefined);
      setDropKey(undefined);
    },
    onDragEnd: () => {
      setDragKey(undefined);
      setDropKey(undefined);
    },
  });

  return (
    <form
      className="stack agenda-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const keys = items.map((item) => item.key);
        const parsed = putAgendaSchema.safeParse(requestOf(items));
        if (!parsed.success) {
          showErrors(toFieldErrors(parsed.error), keys, { client: true });
          return;
        }
        save.mutate({ body: parsed.data, keys });
      }}
    >
      <p className="muted">
        {t('agenda.sessionTime', {
          time: viewer.range(session.startsAt, session.endsAt),
          duration: t('sessions.minutes', { count: session.durationMinutes }),
        })}
      </p>
      <p className="muted">{t('agenda.reorderHint')}</p>
      {items.length === 0 && <p className="empty-state">{t('agenda.emptyEditor')}</p>}
      {items.length > 0 && (
        <ol ref={listRef} className="plain-list agenda-edit-list">
          {items.map((item, index) => (
            <AgendaItemEditor
              key={item.key}
              item={item}
              index={index}
              count={items.length}
              label={labelOf(item, index)}
              plannedStart={viewer.time(plan.plannedStarts[index] ?? session.startsAt)}
              errors={errors[item.key] ?? {}}
              groups={groups}
              delegations={delegationOptions}
              dragging={dragKey === item.key}
              dropTarget={dropKey === item.key && dragKey !== item.key}
              onChange={(patch) => {
                update(item.key, patch);
              }}
              onMove={(to, via) => {
                move(index, to, via);
              }}
              onRemove={() => {
                remove(index);
              }}
              {...dragHandlers(item, index)}
            />
          ))}
        </ol>
      )}
      <div>
        <Button ref={addRef} variant="secondary" onClick={add}>
          <span aria-hidden="true">+ </span>
          {t('agenda.addItem')}
        </Button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="agenda-savebar">
        <p className={over > 0 ? 'fit fit--over' : 'fit fit--ok'} aria-live="polite">
          {over > 0 ? (
            <>
              <span aria-hidden="true">⚠ </span>
              {t('agenda.overBy', { count: over })}{' '}
              {t('agenda.planned', { total: plan.totalMinutes, duration: session.durationMinutes })}
            </>
          ) : (
            t('agenda.fits', { total: plan.totalMinutes, duration: session.durationMinutes })
          )}
        </p>
        {failure && (
          <div className="alert" role="alert">
            <p>{failure.client ? t('agenda.checkFields') : t('agenda.notSaved')}</p>
            {!failure.client && <p>{translateError(t, failure.error)}</p>}
            {failure.other.length > 0 && <p>{t('agenda.listProblem')}</p>}
          </div>
        )}
        {saved && <Notice>{t('agenda.saved')}</Notice>}
        <div className="button-row">
          <Button type="submit" busy={save.isPending}>
            {save.isPending ? t('common.saving') : t('agenda.save')}
          </Button>
          <Link className="button button--quiet button--link" to={`/sessions/${session.id}`}>
            {t('agenda.backToSession')}
          </Link>
        </div>
        {blocker.state === 'blocked' && (
          <ConfirmDialog
            title={t('agenda.leaveTitle')}
            confirmLabel={t('agenda.leave')}
            cancelLabel={t('agenda.stay')}
            onConfirm={() => {
              blocker.proceed();
            }}
            onCancel={() => {
              blocker.reset();
            }}
          >
            <p>{t('agenda.leaveBody')}</p>
          </ConfirmDialog>
        )}
        {members.isError && (
          <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
        )}
      </div>
    </form>
  );
}
