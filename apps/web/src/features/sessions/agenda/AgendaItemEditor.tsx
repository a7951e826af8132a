import {
  AGENDA_KINDS,
  SESSION_LIMITS,
  type AgendaKind,
  type Delegation,
  type MemberList,
} from '@praxis/contracts';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { translateFieldError } from '../../../i18n/fieldErrors';
import { Button } from '../../../ui/Button';
import { ContextLabel, Field, SelectField, TextAreaField } from '../../../ui/Field';
import type { DraftItem, ItemErrors } from './agendaDraft';
import { PresenterPicker } from './PresenterPicker';

export interface AgendaItemEditorProps {
  item: DraftItem;
  index: number;
  count: number;
  /** The item's title, or "Item 3" while it has none. */
  label: string;
  plannedStart: string;
  errors: ItemErrors;
  groups: MemberList['groups'];
  delegations: readonly Delegation[];
  dragging: boolean;
  dropTarget: boolean;
  onChange: (patch: Partial<DraftItem>) => void;
  onMove: (to: number, via: 'up' | 'down') => void;
  onRemove: () => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
}

export function AgendaItemEditor({
  item,
  index,
  count,
  label,
  plannedStart,
  errors,
  groups,
  delegations,
  dragging,
  dropTarget,
  onChange,
  onMove,
  onRemove,
  onDragStart,
  onDragOver,
  onDrop,
  onDragEnd,
}: AgendaItemEditorProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const minutesError = errors.minutes
    ? t('agenda.minutesInvalid', { max: SESSION_LIMITS.durationMax })
    : undefined;
  const presentersError = errors.presenters
    ? errors.presenters.code === 'not_in_network'
      ? t('agenda.presenterNotInNetwork')
      : errors.presenters.code === 'too_big'
        ? t('agenda.tooManyPresenters', { max: SESSION_LIMITS.presentersMax })
        : translateFieldError(t, errors.presenters)
    : undefined;

  return (
    <li
      className={[
        'agenda-edit-item',
        dragging ? 'agenda-edit-item--dragging' : '',
        dropTarget ? 'agenda-edit-item--drop' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <fieldset className="fieldset agenda-edit-item__fields">
        <legend className="agenda-edit-item__legend">
          <span
            className="drag-handle"
            draggable
            aria-hidden="true"
            title={t('agenda.dragHint')}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
          >
            ⠿
          </span>
          <span>
            {index + 1}. {label}
          </span>
        </legend>
        <p className="muted">{t('agenda.startsAt', { time: plannedStart })}</p>
        {errors.id && (
          <p className="field__error">
            {errors.id.code === 'duplicate' ? t('agenda.itemTwice') : t('agenda.itemGone')}
          </p>
        )}
        <Field
          label={
            <ContextLabel
              visible={t('agenda.itemTitle')}
              full={t('agenda.itemTitleOf', { number })}
            />
          }
          name={`items.${index}.title`}
          data-key={item.key}
          data-field="title"
          maxLength={SESSION_LIMITS.agendaTitleMax}
          value={item.title}
          onChange={(event) => {
            onChange({ title: event.target.value });
          }}
          error={translateFieldError(t, errors.title)}
        />
        <div className="agenda-edit-item__row">
          <SelectField
            label={
              <ContextLabel visible={t('agenda.kind')} full={t('agenda.kindOf', { number })} />
            }
            name={`items.${index}.kind`}
            data-key={item.key}
            data-field="kind"
            value={item.kind}
            onChange={(event) => {
              onChange({ kind: event.target.value as AgendaKind });
            }}
            error={translateFieldError(t, errors.kind)}
          >
            {AGENDA_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`agenda.kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={
              <ContextLabel
                visible={t('agenda.minutes')}
                full={t('agenda.minutesOf', { number })}
              />
            }
            name={`items.${index}.minutes`}
            data-key={item.key}
            data-field="minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={SESSION_LIMITS.durationMax}
            value={item.minutes}
            onChange={(event) => {
              onChange({ minutes: event.target.value });
            }}
            error={minutesError}
          />
        </div>
        <PresenterPicker
          itemKey={item.key}
          itemNumber={number}
          presenterIds={item.presenterIds}
          presenterDelegationIds={item.presenterDelegationIds}
          groups={groups}
          delegations={delegations}
          onChange={(presenterIds, presenterDelegationIds) => {
            onChange({ presenterIds, presenterDelegationIds });
          }}
          error={presentersError}
        />
        <TextAreaField
          label={
            <ContextLabel visible={t('agenda.notes')} full={t('agenda.notesOf', { number })} />
          }
          name={`items.${index}.notes`}
          data-key={item.key}
          data-field="notes"
          rows={2}
          maxLength={SESSION_LIMITS.agendaNotesMax}
          value={item.notes}
          onChange={(event) => {
            onChange({ notes: event.target.value });
          }}
          error={translateFieldError(t, errors.notes)}
        />
        <div className="button-row">
          <Button
            variant="quiet"
            data-key={item.key}
            data-move="up"
            disabled={index === 0}
            onClick={() => {
              onMove(index - 1, 'up');
            }}
          >
            <span aria-hidden="true">↑ </span>
            <ContextLabel
              visible={t('agenda.moveUp')}
              full={t('agenda.moveUpOf', { title: label })}
            />
          </Button>
          <Button
            variant="quiet"
            data-key={item.key}
            data-move="down"
            disabled={index === count - 1}
            onClick={() => {
              onMove(index + 1, 'down');
            }}
          >
            <span aria-hidden="true">↓ </span>
            <ContextLabel
              visible={t('agenda.moveDown')}
              full={t('agenda.moveDownOf', { title: label })}
            />
          </Button>
          <Button variant="quiet" onClick={onRemove}>
            <ContextLabel
              visible={t('agenda.remove')}
              full={t('agenda.removeOf', { title: label })}
            />
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
