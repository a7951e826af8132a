import { NETWORK_LIMITS, createNetworkSchema, type NetworkVisibility } from '@praxis/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { focusFirstError, useFormErrors } from '../../forms/useFormErrors';
import { fieldErrorsOfApi } from '../../i18n/fieldErrors';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field, TextAreaField } from '../../ui/Field';
import { NoAccess } from '../../ui/NoAccess';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { createNetwork, networkQueryKey, networksQueryKey } from '../networks/networksApi';
import { VisibilityFieldset } from '../networks/VisibilityFieldset';
import { slugify } from './slugify';
import { useIsAdmin } from './useIsAdmin';

export function NewNetworkPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  /** The slug typed by hand; until then it follows the name. */
  const [ownSlug, setOwnSlug] = useState<string>();
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<NetworkVisibility>('members');
  const slug = ownSlug ?? slugify(name);
  const create = useMutation({
    mutationFn: createNetwork,
    onSuccess: async (network) => {
      queryClient.setQueryData(networkQueryKey(network.id), network);
      await queryClient.invalidateQueries({ queryKey: networksQueryKey, exact: true });
      await navigate(`/networks/${network.id}`);
    },
    onError: (error) => {
      focusFirstError(formRef.current, fieldErrorsOfApi(error));
    },
  });
  const form = useFormErrors(create.error);
  useDocumentTitle(t('newNetwork.title'));

  return (
    <section className="stack narrow" aria-labelledby="new-network-title">
      <Link className="back-link" to="/">
        <span aria-hidden="true">← </span>
        {t('networks.backToList')}
      </Link>
      <h1 id="new-network-title">{t('newNetwork.title')}</h1>
      {!isAdmin ? (
        <NoAccess />
      ) : (
        <>
          <p className="muted">{t('newNetwork.intro')}</p>
          <form
            ref={formRef}
            className="stack form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const body = form.validate(
                createNetworkSchema,
                { name, slug, description, visibility },
                formRef.current,
              );
              if (!body) {
                create.reset();
                return;
              }
              create.mutate(body);
            }}
          >
            {create.isError && <ErrorAlert error={create.error} />}
            <Field
              label={t('settings.name')}
              name="name"
              maxLength={NETWORK_LIMITS.nameMax}
              value={name}
              onChange={(event) => {
                setName(event.target.value);
              }}
              error={form.errorOf('name')}
            />
            <Field
              label={t('newNetwork.slug')}
              hint={t('newNetwork.slugHint')}
              name="slug"
              autoCapitalize="none"
              autoComplete="off"
              spellCheck={false}
              maxLength={NETWORK_LIMITS.slugMax}
              value={slug}
              onChange={(event) => {
                setOwnSlug(event.target.value);
              }}
              error={form.errorOf('slug')}
            />
            <TextAreaField
              label={t('settings.description')}
              hint={t('settings.descriptionHint')}
              name="description"
              rows={4}
              maxLength={NETWORK_LIMITS.descriptionMax}
              value={description}
              onChange={(event) => {
                setDescription(event.target.value);
              }}
              error={form.errorOf('description')}
            />
            <VisibilityFieldset value={visibility} onChange={setVisibility} />
            <Button type="submit" busy={create.isPending}>
              {create.isPending ? t('newNetwork.submitting') : t('newNetwork.submit')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
