/** One HTTP request as the load saw it: when it started and ended (ms since the epoch), and what came back. */
export interface Sample {
  kind: string;
  start: number;
  end: number;
  /** 0 when no HTTP answer came (connection refused or reset, or the 15 s client timeout). */
  status: number;
  body: unknown;
  retryAfter: string | null;
  error?: string;
}

export async function timedFetch(
  kind: string,
  url: string,
  init: RequestInit = {},
): Promise<Sample> {
  const start = Date.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text, which the assertions will show
    }
    return {
      kind,
      start,
      end: Date.now(),
      status: response.status,
      body,
      retryAfter: response.headers.get('retry-after'),
    };
  } catch (error) {
    return {
      kind,
      start,
      end: Date.now(),
      status: 0,
      body: null,
      retryAfter: null,
      error: (error as Error).message,
    };
  }
}

/** The p-th percentile (nearest rank) of some numbers; NaN for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

export const durations = (samples: Sample[]) => samples.map((s) => s.end - s.start);

/** Counts of each status, e.g. {"201": 40, "503": 12}. */
export function statusCounts(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) counts[s.status] = (counts[s.status] ?? 0) + 1;
  return counts;
}

/** A line on stdout that survives jest's console decoration, for the figures in docs/RELIABILITY.md. */
export function report(title: string, figures: Record<string, unknown>): void {
  process.stdout.write(`\n[faults] ${title}: ${JSON.stringify(figures)}\n`);
}
