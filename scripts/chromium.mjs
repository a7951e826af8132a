import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROMIUM_PATH), which the browser tests drive; undefined when absent. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}
