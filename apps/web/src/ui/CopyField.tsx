import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { FieldFrame } from './Field';

type CopyState = 'idle' | 'copied' | 'failed';

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (older browsers, insecure origins): select the text for a manual copy.
    input?.focus();
    input?.select();
    return false;
  }
}

/** A read-only value (a link to pass on) with a Copy button; the text stays selectable by hand. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  return (
    <div className="copy-field">
      <FieldFrame label={label} hint={hint}>
        {(control) => (
          <div className="copy-field__row">
            <input
              {...control}
              ref={inputRef}
              className="field__input copy-field__input"
              readOnly
              value={value}
              onFocus={(event) => {
                event.currentTarget.select();
              }}
            />
            <Button
              variant="secondary"
              onClick={() => {
                void copyText(value, inputRef.current).then((ok) => {
                  setState(ok ? 'copied' : 'failed');
                });
              }}
            >
              {t('common.copyLink')}
            </Button>
          </div>
        )}
      </FieldFrame>
      <p className="copy-field__status" role="status">
        {state === 'copied' && t('common.copied')}
        {state === 'failed' && t('common.copyFailed')}
      </p>
    </div>
  );
}
