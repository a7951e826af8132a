import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const IN_REPOSITORY = join(__dirname, '..', 'fixtures', 'xss');
/** The shared corpus beside a CI clone, when present (the repository keeps its own copy). */
const SHARED = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'xss');

/** Every XSS payload of the corpus, one per line, without duplicates. */
export function xssPayloads(): string[] {
  const payloads = new Set<string>();
  for (const folder of [IN_REPOSITORY, SHARED]) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
      for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
        if (line.trim()) payloads.add(line);
      }
    }
  }
  return [...payloads];
}
