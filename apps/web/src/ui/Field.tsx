import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

/** The ids and ARIA attributes a form control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** Label above, hint under the label, the control, then the error: each read out with the control. */
export function FieldFrame({ label, hint, error, className, children }: FieldFrameProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

interface CommonFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
}

export type FieldProps = CommonFieldProps &
  Omit<ComponentPropsWithRef<'input'>, 'id' | 'className'>;

export function Field({ label, hint, error, className, ...inputProps }: FieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...inputProps} {...control} className="field__input" />}
    </FieldFrame>
  );
}

export type SelectFieldProps = CommonFieldProps &
  Omit<ComponentPropsWithRef<'select'>, 'id' | 'className'>;

export function SelectField({ label, hint, error, className, ...selectProps }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <select {...selectProps} {...control} className="field__input" />}
    </FieldFrame>
  );
}

export type TextAreaFieldProps = CommonFieldProps &
  Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'className'>;

export function TextAreaField({ label, hint, error, className, ...areaProps }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea {...areaProps} {...control} className="field__input field__input--area" />
      )}
    </FieldFrame>
  );
}

/** A label whose visible text is short ("Role") while its accessible name says whose it is. */
export function ContextLabel({ visible, full }: { visible: string; full: string }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span className="visually-hidden">{full}</span>
    </>
  );
}
