import { NETWORK_LIMITS, updateNetworkSchema, type NetworkVisibility } from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstError, useFormErrors } from '../../forms/useFormErrors';
import { fieldErrorsOfApi } from '../../i18n/fieldErrors';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field, TextAreaField } from '../../ui/Field';
import { NoAccess } from '../../ui/NoAccess';
import { Notice } from '../../ui/Notice';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useNetworkContext } from './networkContext';
import { networkQueryKey, networksQueryKey, updateNetwork } from './networksApi';
import { VisibilityFieldset } from './VisibilityFieldset';

/** The reminder times a convener can choose, in minutes before the start. */
const REMINDER_CHOICES = [10080, 1440, 60, 15] as const;

export function NetworkSettingsPage() {
  const { t } = useTranslation();
  const { network, allows } = useNetworkContext();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(network.name);
  const [description, setDescription] = useState(network.description);
  const [visibility, setVisibility] = useState<NetworkVisibility>(network.visibility);
  const [reminders, setReminders] = useState<number[]>(network.reminderMinutesBefore);
  const save = useMutation({
    mutationFn: (body: Parameters<typeof updateNetwork>[1]) => updateNetwork(network.id, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData(networkQueryKey(network.id), updated);
      await queryClient.invalidateQueries({ queryKey: networksQueryKey, exact: true });
    },
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });
  const form = useFormErrors(save.error);
  useDocumentTitle(`${t('settings.title')} · ${network.name}`);

  if (!allows('network.manage')) {
    return (
      <section className="stack">
        <h1>{t('settings.title')}</h1>
        <NoAccess />
      </section>
    );
  }

  return (
    <section className="stack" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <form
        ref={formRef}
        className="stack form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const body = form.validate(
            updateNetworkSchema,
            { name, description, visibility, reminderMinutesBefore: reminders },
            formRef.current,
          );
          if (!body) {
            save.reset();
            return;
          }
          save.mutate(body);
        }}
      >
        {save.isError && <ErrorAlert error={save.error} />}
        {save.isSuccess && <Notice>{t('common.saved')}</Notice>}
        <Field
          label={t('settings.name')}
          name="name"
          maxLength={NETWORK_LIMITS.nameMax}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            save.reset();
          }}
          error={form.errorOf('name')}
        />
        <TextAreaField
          label={t('settings.description')}
          hint={t('settings.descriptionHint')}
          name="description"
          rows={5}
          maxLength={NETWORK_LIMITS.descriptionMax}
          value={description}
          onChange={(event) => {
            setDescription(event.target.value);
            save.reset();
          }}
          error={form.errorOf('description')}
        />
        <VisibilityFieldset
          value={visibility}
          onChange={(value) => {
            setVisibility(value);
            save.reset();
          }}
        />
        <fieldset className="stack">
          <legend>{t('settings.reminders')}</legend>
          <p className="field__hint">{t('settings.remindersHint')}</p>
          {REMINDER_CHOICES.map((minutes) => (
            <label key={minutes} className="checkbox">
              <input
                type="checkbox"
                checked={reminders.includes(minutes)}
                onChange={(event) => {
                  setReminders((list) =>
                    event.target.checked ? [...list, minutes] : list.filter((m) => m !== minutes),
                  );
                  save.reset();
                }}
              />
              {t(`settings.reminderBefore.${minutes}`)}
            </label>
          ))}
        </fieldset>
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? t('common.saving') : t('settings.save')}
        </Button>
      </form>
    </section>
  );
}
