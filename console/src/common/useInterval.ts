// Calls `tick` every `ms` while `ms` is not null (polling that stops by itself).
import { useEffect, useRef } from 'react';

export function useInterval(ms: number | null, tick: () => void): void {
  const saved = useRef(tick);
  saved.current = tick;
  useEffect(() => {
    if (ms === null) return;
    const timer = setInterval(() => saved.current(), ms);
    return () => clearInterval(timer);
  }, [ms]);
}
