import { flagOf } from '@praxis/contracts';
import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { DelegationPicker } from './delegationPicker';

const GAP = 4;
/** Below the caret when it fits, else above it. */
const ROOM_BELOW = 240;

/** The `@` popup: a listbox at the caret, driven by the keyboard through the editor (see delegationPicker). */
export function DelegationPickerPopup({ picker }: { picker: DelegationPicker }) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(picker.subscribe, picker.getSnapshot);
  if (!state.open || !state.rect) return null;

  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const viewportHeight = window.innerHeight;
  const width = Math.min(320, viewportWidth - 2 * 8);
  const left = Math.max(8, Math.min(state.rect.left, viewportWidth - width - 8));
  const below = viewportHeight - state.rect.bottom >= ROOM_BELOW || state.rect.top < ROOM_BELOW;
  const style = below
    ? { left, width, top: state.rect.bottom + GAP }
    : { left, width, bottom: viewportHeight - state.rect.top + GAP };

  return createPortal(
    <div className="notes-picker" style={style}>
      {state.items.length === 0 ? (
        <p className="notes-picker__empty">
          {t('notes.noDelegationMatches', { query: state.query })}
        </p>
      ) : (
        <ul
          id={picker.listId}
          className="notes-picker__list"
          role="listbox"
          aria-label={t('notes.delegations')}
        >
          {state.items.map((item, index) => (
            <li
              key={item.id}
              id={picker.optionId(index)}
              role="option"
              aria-selected={index === state.active}
              className="notes-picker__option"
              // Keep the caret in the editor: choosing must not blur it.
              onMouseDown={(event) => {
                event.preventDefault();
                picker.choose(index);
              }}
            >
              <span aria-hidden="true">{flagOf(item.countryCode)} </span>
              <span className="notes-picker__country">{item.countryName}</span>
              <span className="notes-picker__organization">{item.organization}</span>
            </li>
          ))}
        </ul>
      )}
    </div>,
    document.body,
  );
}
