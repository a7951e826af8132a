/** Colours dark enough for white label text (WCAG AA) and distinct from each other. */
const CURSOR_COLORS = [
  '#0b4f71',
  '#a4161a',
  '#1d6b3a',
  '#6a1b9a',
  '#8a4b00',
  '#00695c',
  '#ad1457',
  '#283593',
] as const;

/** A stable colour for a person's cursor (the server stamps its own; this is the local default). */
export function cursorColor(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return CURSOR_COLORS[hash % CURSOR_COLORS.length];
}

/** A colour from another client's awareness state, used in a style only when it is a plain hex colour. */
export function safeColor(value: unknown, fallback = CURSOR_COLORS[0]): string {
  return typeof value === 'string' && /^#[0-9a-f]{3,8}$/i.test(value) ? value : fallback;
}
