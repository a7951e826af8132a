import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** Web app routes whose page code the browser would only discover after the app starts. */
const ROUTES: { path: RegExp; chunk: string }[] = [
  { path: /^\/archive\/?$/, chunk: 'src/features/archive/ArchivePage.tsx' },
  { path: /^\/proceedings\/[^/]+\/?$/, chunk: 'src/features/proceedings/ProceedingsPage.tsx' },
  { path: /^\/sessions\/[^/]+\/?$/, chunk: '_session-pages-' },
  { path: /^\/sessions\/[^/]+\/live\/?$/, chunk: 'src/features/live/LiveRoomPage.tsx' },
];

/**
 * `<link>` hints that let the browser fetch a page's own code together with the app's, instead of one
 * round trip later (a second or more on 3G). Read from the production build's manifest.
 */
export function routePreloads(webDist: string): (path: string) => string {
  const manifestFile = join(webDist, '.vite/manifest.json');
  if (!existsSync(manifestFile)) return () => '';
  const chunks = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, Chunk>;
  const entry = Object.keys(chunks).find((key) => chunks[key]!.isEntry);
  const preloadedByEntry = closure(chunks, entry ? [entry] : []);
  const hints = new Map<RegExp, string>();
  for (const route of ROUTES) {
    const key = Object.keys(chunks).find((candidate) => candidate.startsWith(route.chunk));
    if (!key) continue;
    const needed = [...closure(chunks, [key])].filter((k) => !preloadedByEntry.has(k));
    hints.set(
      route.path,
      needed
        .flatMap((k) => [
          `<link rel="modulepreload" crossorigin href="/${chunks[k]!.file}">`,
          ...(chunks[k]!.css ?? []).map(
            (css) => `<link rel="stylesheet" crossorigin href="/${css}">`,
          ),
        ])
        .join(''),
    );
  }
  return (path) => {
    for (const [pattern, html] of hints) if (pattern.test(path)) return html;
    return '';
  };
}

function closure(
  chunks: Record<string, Chunk>,
  keys: string[],
  seen = new Set<string>(),
): Set<string> {
  for (const key of keys) {
    if (seen.has(key) || !chunks[key]) continue;
    seen.add(key);
    closure(chunks, chunks[key]!.imports ?? [], seen);
  }
  return seen;
}
