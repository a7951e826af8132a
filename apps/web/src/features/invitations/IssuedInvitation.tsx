import type { Invitation } from '@praxis/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../ui/CopyField';
import { Notice } from '../../ui/Notice';

/**
 * What became of an invitation just issued: the link to pass on by hand when no e-mail server is
 * configured, a warning when the e-mail failed, else a confirmation.
 */
export function IssuedInvitation({
  invitation,
  resent,
}: {
  invitation: Invitation;
  resent: boolean;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { email, link } = invitation;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  if (link) {
    return (
      <div className="panel stack" aria-labelledby={`issued-${invitation.id}`}>
        <h3 id={`issued-${invitation.id}`} ref={headingRef} tabIndex={-1}>
          {t('invitations.linkTitle')}
        </h3>
        <p>{resent ? t('invitations.renewed', { email }) : t('invitations.created', { email })}</p>
        <CopyField
          label={t('invitations.linkLabel')}
          value={link}
          hint={t('invitations.noMailServer')}
        />
      </div>
    );
  }
  if (invitation.sendError) {
    return (
      <div className="alert" role="alert">
        <p>{t('invitations.notSent', { email })}</p>
      </div>
    );
  }
  return (
    <Notice>
      {resent ? t('invitations.resent', { email }) : t('invitations.sent', { email })}
    </Notice>
  );
}
