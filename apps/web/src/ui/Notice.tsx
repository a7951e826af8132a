import type { ReactNode } from 'react';

/** A polite confirmation ("Changes saved."), announced by screen readers without moving focus. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}
