import type { SessionStatus } from '@praxis/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../ui/Badge';

const TONES: Record<SessionStatus, BadgeTone> = {
  scheduled: 'neutral',
  live: 'success',
  ended: 'muted',
  cancelled: 'danger',
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`sessions.status.${status}`)}</Badge>;
}
