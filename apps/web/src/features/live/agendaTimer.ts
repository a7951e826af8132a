import { useEffect, useState } from 'react';

/** The current time, ticking once a second while mounted. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** Seconds elapsed since the item started and seconds left of its planned minutes (negative when over). */
export function itemTimer(itemStartedAt: string, minutes: number, now: number) {
  const elapsed = Math.max(0, Math.floor((now - Date.parse(itemStartedAt)) / 1000));
  return { elapsed, remaining: minutes * 60 - elapsed };
}

/** "4:05" or "1:02:03". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.abs(totalSeconds);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
