// React hook for the side panel and the options page: the effective settings, live.
import { useEffect, useState } from 'react';
import { watchEffective, type EffectiveSettings } from './effective';

/** undefined until the first read; then re-rendered on every policy or settings change. */
export function useEffectiveSettings(): EffectiveSettings | undefined {
  const [effective, setEffective] = useState<EffectiveSettings>();
  useEffect(() => {
    // The first read included: an unreadable policy is retried from there too.
    return watchEffective(setEffective, { initial: true });
  }, []);
  return effective;
}
