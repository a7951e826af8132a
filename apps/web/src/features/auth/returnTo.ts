import type { Location } from 'react-router';

type Path = Pick<Location, 'pathname' | 'search' | 'hash'>;

export interface ReturnToState {
  from?: Path;
}

function isPath(value: unknown): value is Path {
  const path = value as Partial<Path> | null | undefined;
  return (
    typeof path?.pathname === 'string' &&
    typeof path.search === 'string' &&
    typeof path.hash === 'string'
  );
}

/** Where to go after signing in: the protected page that sent the visitor to /login, else home. */
export function returnTo(state: unknown): string {
  const from = (state as ReturnToState | null | undefined)?.from;
  if (!isPath(from) || !from.pathname.startsWith('/') || from.pathname.startsWith('//')) return '/';
  if (from.pathname === '/login') return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}
