import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Reads the production build's manifest and checks what a person on a weak connection downloads.
 * Sizes are deterministic for a given build, so this can fail only when the code grows.
 */
const DIST = resolve(__dirname, '../../../dist/apps/web');
const MANIFEST = join(DIST, '.vite/manifest.json');
const KB = 1024;

/** Gzip-compressed JavaScript that pages other than the live room may load, in total. */
const PAGE_BUDGET = 200 * KB;

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const manifest = (): Record<string, Chunk> => {
  if (!existsSync(MANIFEST))
    throw new Error(`${MANIFEST} is missing: build the web app first (npx nx run web:build).`);
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
};

/** The chunk and everything it imports statically (what loads together with it). */
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

const gzipped = (chunks: Record<string, Chunk>, keys: Iterable<string>) =>
  [...keys]
    .map((key) => chunks[key]!.file)
    .filter((file) => file.endsWith('.js'))
    .reduce((total, file) => total + gzipSync(readFileSync(join(DIST, file))).length, 0);

describe('bundle budget (gzip, from the production manifest)', () => {
  const chunks = manifest();
  const entry = Object.keys(chunks).find((k) => chunks[k]!.isEntry)!;
  const firstLoad = closure(chunks, [entry]);

  it(`keeps the first load (sign-in, networks, members) under ${PAGE_BUDGET / KB} KB`, () => {
    const size = gzipped(chunks, firstLoad);
    console.log(`first load: ${(size / KB).toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  /** What opening a page costs: the first load plus the page's chunk and its static imports. */
  const pageLoad = (source: string) => {
    // The page's script (a CSS file of the same chunk has a manifest entry of its own).
    const page = Object.keys(chunks).find(
      (k) => k.includes(source) && chunks[k]!.file.endsWith('.js'),
    );
    if (!page) throw new Error(`No chunk for ${source} in the manifest.`);
    return closure(chunks, [entry, page]);
  };
  const PAGES = {
    archive: 'features/archive/ArchivePage',
    proceedings: 'features/proceedings/ProceedingsPage',
    // SessionPage is bundled into the session-pages chunk (see vite.config.ts).
    session: '_session-pages-',
  };

  for (const [name, source] of Object.entries(PAGES)) {
    it(`keeps the ${name} page under ${PAGE_BUDGET / KB} KB, without the notes editor`, () => {
      const load = pageLoad(source);
      const size = gzipped(chunks, load);
      console.log(`${name} page: ${(size / KB).toFixed(1)} KB gzip`);
      expect(size).toBeLessThanOrEqual(PAGE_BUDGET);
      const editor = Object.keys(chunks).find((k) => k.includes('features/notes/NotesEditor'));
      expect(editor).toBeDefined();
      expect(load.has(editor!)).toBe(false);
      const code = [...load]
        .map((k) => readFileSync(join(DIST, chunks[k]!.file), 'utf8'))
        .join('\n');
      expect(code).not.toMatch(/prosemirror|livekit/i);
    });
  }

  it('loads the live room (LiveKit) only when it is opened', () => {
    const room = Object.keys(chunks).find((k) => k.includes('features/live/LiveRoomPage'));
    expect(room).toBeDefined();
    expect(firstLoad.has(room!)).toBe(false);
    const firstLoadCode = [...firstLoad]
      .map((k) => readFileSync(join(DIST, chunks[k]!.file), 'utf8'))
      .join('\n');
    expect(firstLoadCode).not.toMatch(/livekit/i);
  });
});
