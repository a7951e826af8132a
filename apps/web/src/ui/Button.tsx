import type { ComponentPropsWithRef } from 'react';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  busy?: boolean;
}

export function Button({
  variant = 'primary',
  busy = false,
  className,
  type,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={type ?? 'button'}
      aria-busy={busy || undefined}
      disabled={props.disabled || busy}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
    />
  );
}

/** A link that looks like a button, for navigation that reads as an action ("New network"). */
export function buttonClass(variant: ButtonProps['variant'] = 'primary'): string {
  return `button button--${variant} button--link`;
}
