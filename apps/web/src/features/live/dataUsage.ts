/** One RTP stream's counters, as `RTCStatsReport` gives them. */
interface RtpStats {
  type: string;
  bytesReceived?: number;
  bytesSent?: number;
}

/**
 * The media bytes of one stats report, per RTP stream: received (`inbound-rtp`) and sent
 * (`outbound-rtp`, one per simulcast layer). Transport and candidate-pair entries are left out: every
 * track's report repeats them for the whole connection.
 */
export function mediaBytes(report: Iterable<[string, RtpStats]>): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const [id, stats] of report) {
    if (stats.type === 'inbound-rtp') bytes.set(id, stats.bytesReceived ?? 0);
    else if (stats.type === 'outbound-rtp') bytes.set(id, stats.bytesSent ?? 0);
  }
  return bytes;
}

/**
 * Adds a new sample to what was counted so far. A stream keeps the largest value it ever had, so a
 * stream that ends (a track unsubscribed) or restarts its counters (after a reconnection it comes back
 * under a new id) never makes the total go down.
 */
export function accumulate(
  counted: ReadonlyMap<string, number>,
  sample: ReadonlyMap<string, number>,
): Map<string, number> {
  const next = new Map(counted);
  for (const [id, bytes] of sample) next.set(id, Math.max(bytes, counted.get(id) ?? 0));
  return next;
}

export function totalBytes(counted: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const bytes of counted.values()) total += bytes;
  return total;
}

/** "12.4 MB" in the reader's language (decimal units, as phone plans count them). */
export function formatBytes(bytes: number, locale: string): string {
  const megabytes = bytes / 1_000_000;
  const unit = megabytes >= 1 ? 'megabyte' : 'kilobyte';
  const value = megabytes >= 1 ? megabytes : bytes / 1_000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
