import { useEffect, useState } from 'react';

/**
 * False until the browser has shown the page and has a moment to spare (or `timeoutMs` has passed): for
 * heavy parts that can arrive a moment after the rest. On a slow phone, evaluating the notes editor's
 * code right away would hold back the page around it by half a second.
 */
export function useWhenIdle(timeoutMs = 1500): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), 0);
    return () => clearTimeout(timer);
  }, [timeoutMs]);
  return idle;
}
