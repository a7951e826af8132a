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

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A session's pages (its page, live room, agenda editor, edit form); the session id is group 1. */
const SESSION_PAGE = new RegExp(`^/sessions/(${UUID})(?:/(?:live|agenda|edit))?/?$`, 'i');

/** The session whose page a web path is, if it is one. */
export function sessionOfPage(path: string): string | undefined {
  return SESSION_PAGE.exec(path)?.[1]?.toLowerCase();
}

/**
 * The API reads a page makes as soon as the app starts, fetched with the HTML instead of after the
 * JavaScript (seconds later on 3G). Each URL is exactly what the web app asks for, so its `fetch` takes
 * the preloaded answer; the app asks who is signed in on every page.
 */
const DATA: { path: RegExp; api: (id: string | undefined, query: string) => string[] }[] = [
  { path: SESSION_PAGE, api: (id) => [`/api/sessions/${id}`] },
  {
    path: new RegExp(`^/proceedings/(${UUID})/?$`, 'i'),
    api: (id, query) => (query ? [] : [`/api/proceedings/${id}`]),
  },
  { path: /^\/archive\/?$/, api: (_id, query) => (query ? [] : ['/api/proceedings']) },
];

/**
 * `<link rel="preload" as="fetch">` for the API reads of a page (see DATA), and `more` that only the
 * database can name (a session's network).
 */
export function dataPreloads(path: string, query: string, more: string[] = []): string {
  const urls = ['/api/auth/me'];
  for (const route of DATA) {
    const match = route.path.exec(path);
    if (match) urls.push(...route.api(match[1]?.toLowerCase(), query));
  }
  urls.push(...more);
  // `crossorigin` (anonymous) matches the app's same-origin fetch, so the browser reuses the answer.
  return urls.map((url) => `<link rel="preload" as="fetch" crossorigin href="${url}">`).join('');
}

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
    // The route's script: a chunk's CSS has a manifest entry of its own, under a similar name.
    const key = Object.keys(chunks).find(
      (candidate) => candidate.startsWith(route.chunk) && chunks[candidate]!.file.endsWith('.js'),
    );
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
