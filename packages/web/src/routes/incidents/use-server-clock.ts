import { useEffect, useState } from 'react';

/**
 * The server's "now", ticking: countdowns do not depend on the viewer's clock being right.
 * Re-renders every 30 s; the text is not a live region (a ticking announcement would be noise).
 */
export function useServerNow(serverNowIso: string | undefined): number {
  const [offset, setOffset] = useState(0);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (serverNowIso) setOffset(Date.parse(serverNowIso) - Date.now());
  }, [serverNowIso]);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);
  return Date.now() + offset;
}
