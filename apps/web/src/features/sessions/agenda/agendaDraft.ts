import type { AgendaItem, AgendaKind, FieldError, PutAgendaRequest } from '@praxis/contracts';

/** An agenda item as edited: `key` is stable while editing, `id` is kept for items already saved. */
export interface DraftItem {
  key: string;
  id?: string;
  title: string;
  kind: AgendaKind;
  /** As typed, so the field may be empty while editing. */
  minutes: string;
  presenterIds: string[];
  presenterDelegationIds: string[];
  notes: string;
}

let added = 0;

export function newDraftItem(): DraftItem {
  added += 1;
  return {
    key: `new-${added}`,
    title: '',
    kind: 'presentation',
    minutes: '10',
    presenterIds: [],
    presenterDelegationIds: [],
    notes: '',
  };
}

export function draftOf(agenda: readonly AgendaItem[]): DraftItem[] {
  return agenda.map((item) => ({
    key: item.id,
    id: item.id,
    title: item.title,
    kind: item.kind,
    minutes: String(item.minutes),
    presenterIds: [...item.presenterIds],
    presenterDelegationIds: [...item.presenterDelegationIds],
    notes: item.notes,
  }));
}

/** The minutes an item counts for in the running total (0 while its field is empty or not a number). */
export function minutesOf(item: DraftItem): number {
  const minutes = Number(item.minutes);
  return item.minutes.trim() !== '' && Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

/** The whole ordered list as the API takes it: existing items keep their ids. */
export function requestOf(items: readonly DraftItem[]): PutAgendaRequest {
  return {
    items: items.map((item) => ({
      ...(item.id ? { id: item.id } : {}),
      title: item.title,
      kind: item.kind,
      minutes: item.minutes.trim() === '' ? NaN : Number(item.minutes),
      presenterIds: item.presenterIds,
      presenterDelegationIds: item.presenterDelegationIds,
      notes: item.notes,
    })),
  };
}

export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list];
  const [item] = result.splice(from, 1);
  if (item !== undefined) result.splice(to, 0, item);
  return result;
}

export type ItemField = 'id' | 'title' | 'kind' | 'minutes' | 'presenters' | 'notes';
export type ItemErrors = Partial<Record<ItemField, FieldError>>;

/** The order in which an item's fields are shown, for focusing the first one in error. */
export const ITEM_FIELDS: readonly ItemField[] = [
  'title',
  'kind',
  'minutes',
  'presenters',
  'notes',
  'id',
];

const ITEM_PATH = /^items\.(\d+)\.(\w+)/;

/**
 * Field errors (`items.2.minutes`, `items.0.presenterIds.1`) by the key of the item they belong to, from
 * the keys in the order the list was sent; anything else (the list itself) apart.
 */
export function errorsByItem(
  fields: readonly FieldError[],
  keys: readonly string[],
): { byKey: Record<string, ItemErrors>; other: FieldError[] } {
  const byKey: Record<string, ItemErrors> = {};
  const other: FieldError[] = [];
  for (const error of fields) {
    const match = ITEM_PATH.exec(error.path);
    const key = match ? keys[Number(match[1])] : undefined;
    const name = match?.[2];
    const field: ItemField | undefined =
      name === 'presenterIds' || name === 'presenterDelegationIds'
        ? 'presenters'
        : (ITEM_FIELDS as readonly (string | undefined)[]).includes(name)
          ? (name as ItemField)
          : undefined;
    if (!key || !field) {
      other.push(error);
      continue;
    }
    const errors = (byKey[key] ??= {});
    errors[field] ??= error;
  }
  return { byKey, other };
}
