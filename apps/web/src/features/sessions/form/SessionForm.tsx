import { SESSION_LIMITS, createSessionSchema } from '@praxis/contracts';
import { useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormErrors } from '../../../forms/useFormErrors';
import { timeZoneLabel, timeZoneOptions } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Field, SelectField, TextAreaField } from '../../../ui/Field';
import { useViewerFormat, useZonedFormat } from '../sessionTime';
import { useTopics } from '../useTopics';
import { DelegationTimes } from './DelegationTimes';
import { TopicsField } from './TopicsField';
import { shiftedWallTime, toInstant } from './wallTime';

export interface SessionFormValues {
  title: string;
  description: string;
  topics: string[];
  /** "2030-03-31" */
  date: string;
  /** "09:00" */
  time: string;
  /** The IANA zone the date and time are read in. */
  timeZone: string;
  durationMinutes: string;
  /** Record a meeting that already took place (created as ended). */
  ended: boolean;
}

export type SessionFormBody = z.output<typeof createSessionSchema>;

export interface SessionFormProps {
  mode: 'create' | 'edit';
  /** The parent focuses the first field its API call found wrong. */
  formRef: RefObject<HTMLFormElement | null>;
  networkId: string;
  initial: SessionFormValues;
  busy: boolean;
  /** The failure of the last submission (its field errors are shown next to the fields). */
  error: unknown;
  onSubmit: (body: SessionFormBody) => void;
  /** Forget the last submission's outcome (when the convener edits again). */
  onEdit: () => void;
}

/** Title, description, topics, start (date and time in a chosen zone), duration; create and edit alike. */
export function SessionForm({
  mode,
  formRef,
  networkId,
  initial,
  busy,
  error,
  onSubmit,
  onEdit,
}: SessionFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const form = useFormErrors(error);
  const topics = useTopics(networkId);
  const viewer = useViewerFormat();
  const chosen = useZonedFormat(values.timeZone);
  const zones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);

  const startsAt = toInstant(values.date, values.time, values.timeZone);
  const shifted = shiftedWallTime(values.date, values.time, values.timeZone, startsAt);
  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    onEdit();
  };

  const errorOf = (path: string) => form.errorOf(path);
  const startsAtError = form.errors.startsAt
    ? form.errors.startsAt.code === 'must_be_past'
      ? errorOf('startsAt')
      : t('sessionForm.startsAtInvalid')
    : undefined;
  const durationError = form.errors.durationMinutes
    ? t('sessionForm.durationInvalid', {
        min: SESSION_LIMITS.durationMin,
        max: SESSION_LIMITS.durationMax,
      })
    : undefined;
  const topicPath = Object.keys(form.errors).find((path) => path.startsWith('topics.'));
  const topicsError = form.errors.topics
    ? form.errors.topics.code === 'too_big'
      ? t('sessionForm.tooManyTopics', { max: SESSION_LIMITS.topicsMax })
      : errorOf('topics')
    : topicPath
      ? errorOf(topicPath)
      : undefined;

  return (
    <form
      ref={formRef}
      className="stack form session-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const body = form.validate(
          createSessionSchema,
          {
            title: values.title,
            description: values.description,
            topics: values.topics,
            startsAt: startsAt ?? '',
            timeZone: values.timeZone,
            durationMinutes: values.durationMinutes === '' ? NaN : Number(values.durationMinutes),
            status: mode === 'create' && values.ended ? 'ended' : 'scheduled',
          },
          formRef.current,
        );
        if (!body) {
          onEdit();
          return;
        }
        onSubmit(body);
      }}
    >
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      <Field
        label={t('sessionForm.title')}
        name="title"
        maxLength={SESSION_LIMITS.titleMax}
        value={values.title}
        onChange={(event) => {
          set('title', event.target.value);
        }}
        error={errorOf('title')}
      />
      <TextAreaField
        label={t('sessionForm.description')}
        hint={t('sessionForm.descriptionHint')}
        name="description"
        rows={4}
        maxLength={SESSION_LIMITS.descriptionMax}
        value={values.description}
        onChange={(event) => {
          set('description', event.target.value);
        }}
        error={errorOf('description')}
      />
      <TopicsField
        value={values.topics}
        onChange={(next) => {
          set('topics', next);
        }}
        suggestions={(topics.data?.items ?? []).map((item) => item.topic)}
        error={topicsError}
      />
      <fieldset className="fieldset session-form__start">
        <legend className="field__label">{t('sessionForm.when')}</legend>
        <div className="session-form__when">
          <Field
            label={t('sessionForm.date')}
            name="startsAt"
            type="date"
            value={values.date}
            onChange={(event) => {
              set('date', event.target.value);
            }}
            error={startsAtError}
          />
          <Field
            label={t('sessionForm.time')}
            name="time"
            type="time"
            value={values.time}
            onChange={(event) => {
              set('time', event.target.value);
            }}
          />
        </div>
        <SelectField
          label={t('sessionForm.timeZone')}
          hint={t('sessionForm.timeZoneHint')}
          name="timeZone"
          value={values.timeZone}
          onChange={(event) => {
            set('timeZone', event.target.value);
          }}
          error={errorOf('timeZone')}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneLabel(zone)}
            </option>
          ))}
        </SelectField>
        <div className="session-form__instant" aria-live="polite">
          {startsAt && (
            <>
              <p>
                {t('sessionForm.startsAtIn', {
                  time: chosen.dateTime(startsAt),
                  zone: chosen.zone(startsAt),
                })}
              </p>
              {shifted && (
                <p className="warning-text">
                  <span aria-hidden="true">⚠ </span>
                  {t('sessionForm.clockGap', { time: values.time, shifted })}
                </p>
              )}
              {viewer.timeZone !== values.timeZone && (
                <p className="muted">
                  {t('sessionForm.inYourZone', {
                    time: viewer.dateTime(startsAt),
                    zone: viewer.zone(startsAt),
                  })}
                </p>
              )}
            </>
          )}
        </div>
        <Field
          className="field--inline"
          label={t('sessionForm.duration')}
          hint={t('sessionForm.durationHint', {
            min: SESSION_LIMITS.durationMin,
            max: SESSION_LIMITS.durationMax,
          })}
          name="durationMinutes"
          type="number"
          inputMode="numeric"
          min={SESSION_LIMITS.durationMin}
          max={SESSION_LIMITS.durationMax}
          step={5}
          value={values.durationMinutes}
          onChange={(event) => {
            set('durationMinutes', event.target.value);
          }}
          error={durationError}
        />
        {mode === 'edit' && <p className="field__hint">{t('sessionForm.rescheduleHint')}</p>}
      </fieldset>
      <DelegationTimes networkId={networkId} startsAt={startsAt} />
      {mode === 'create' && (
        <div className="stack">
          <label className="checkbox">
            <input
              type="checkbox"
              name="status"
              checked={values.ended}
              onChange={(event) => {
                set('ended', event.target.checked);
              }}
            />
            {t('sessionForm.alreadyTookPlace')}
          </label>
          {values.ended && <p className="field__hint">{t('sessionForm.alreadyTookPlaceHint')}</p>}
        </div>
      )}
      <div className="button-row">
        <Button type="submit" busy={busy}>
          {busy
            ? t('common.saving')
            : mode === 'edit'
              ? t('sessionForm.save')
              : values.ended
                ? t('sessionForm.record')
                : t('sessionForm.schedule')}
        </Button>
      </div>
    </form>
  );
}
