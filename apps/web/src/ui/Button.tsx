import type { ButtonHTMLAttributes } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'quiet';
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
