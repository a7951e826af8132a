import type { MentionNodeAttrs, MentionOptions } from '@tiptap/extension-mention';
import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion';
import { filterDelegations, type DelegationOption } from './delegationOptions';

/** What the `@` popup shows; rendered by DelegationPickerPopup from a tiny external store. */
export interface DelegationPickerState {
  open: boolean;
  query: string;
  items: DelegationOption[];
  active: number;
  /** Where the caret is (viewport coordinates), from the suggestion's clientRect. */
  rect: { left: number; top: number; bottom: number } | null;
}

const CLOSED: DelegationPickerState = { open: false, query: '', items: [], active: 0, rect: null };

type Props = SuggestionProps<DelegationOption, MentionNodeAttrs>;

export interface DelegationPicker {
  /** The `suggestion` option of the delegation mention (see notesExtensions). */
  suggestion: MentionOptions['suggestion'];
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => DelegationPickerState;
  /** Inserts the option at `index` (a click or tap on it). */
  choose: (index: number) => void;
  /** The options offered now; the editor may receive its delegations after it was created. */
  setOptions: (options: DelegationOption[]) => void;
  /** The id of the popup and of each option, for aria-controls and aria-activedescendant. */
  listId: string;
  optionId: (index: number) => string;
}

/**
 * The delegation picker behind `@`: keeps the suggestion's state (items, active option, caret position)
 * in a store React subscribes to, and handles the keys (arrows move, Enter or Tab choose; Escape is
 * handled by the suggestion plugin, which then calls onExit).
 */
export function createDelegationPicker(idPrefix: string): DelegationPicker {
  let state = CLOSED;
  let options: DelegationOption[] = [];
  let current: Props | null = null;
  const listeners = new Set<() => void>();
  const listId = `${idPrefix}-delegations`;
  const optionId = (index: number) => `${listId}-${index}`;

  const set = (next: DelegationPickerState) => {
    state = next;
    reflectOnEditor(current, next, listId, optionId);
    for (const listener of listeners) listener();
  };
  const rectOf = (props: Props) => {
    const rect = props.clientRect?.();
    return rect ? { left: rect.left, top: rect.top, bottom: rect.bottom } : null;
  };
  const show = (props: Props, active: number) => {
    current = props;
    const last = Math.max(props.items.length - 1, 0);
    set({
      open: true,
      query: props.query,
      items: props.items,
      active: Math.min(Math.max(active, 0), last),
      rect: rectOf(props),
    });
  };
  const choose = (index: number) => {
    const item = state.items[index];
    if (!current || !item) return;
    current.command({ id: item.id, label: item.label });
  };

  const suggestion: MentionOptions['suggestion'] = {
    items: ({ query }) => filterDelegations(options, query),
    render: () => ({
      onStart: (props: Props) => {
        show(props, 0);
      },
      onUpdate: (props: Props) => {
        show(props, props.query === state.query ? state.active : 0);
      },
      onKeyDown: ({ event }: SuggestionKeyDownProps) => {
        if (!state.open) return false;
        const count = state.items.length;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          if (count === 0) return true;
          const step = event.key === 'ArrowDown' ? 1 : -1;
          set({ ...state, active: (state.active + step + count) % count });
          return true;
        }
        if (event.key === 'Enter' || event.key === 'Tab') {
          if (count === 0) return false;
          choose(state.active);
          return true;
        }
        return false;
      },
      onExit: () => {
        set(CLOSED);
        current = null;
      },
    }),
  };

  return {
    suggestion,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    choose,
    setOptions: (next) => {
      options = next;
    },
    listId,
    optionId,
  };
}

/** Screen readers follow the active option while the caret stays in the editor. */
function reflectOnEditor(
  props: Props | null,
  state: DelegationPickerState,
  listId: string,
  optionId: (index: number) => string,
): void {
  const dom = props?.editor.isDestroyed === false ? props.editor.view.dom : null;
  if (!dom) return;
  if (state.open && state.items.length > 0) {
    dom.setAttribute('aria-controls', listId);
    dom.setAttribute('aria-activedescendant', optionId(state.active));
  } else {
    dom.removeAttribute('aria-controls');
    dom.removeAttribute('aria-activedescendant');
  }
}
