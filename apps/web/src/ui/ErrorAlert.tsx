import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/translateError';
import { Button } from './Button';

export interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <div className="alert" role="alert">
      <p>{translateError(t, error)}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
