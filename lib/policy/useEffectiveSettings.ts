// React hook for the side panel and the options page: the effective settings, live.
import { useEffect, useState } from 'react';
import { loadEffective, watchEffective, type EffectiveSettings } from './effective';

/** undefined until the first read; then re-rendered on every policy or settings change. */
export function useEffectiveSettings(): EffectiveSettings | undefined {
  const [effective, setEffective] = useState<EffectiveSettings>();
  useEffect(() => {
    let live = true;
    void loadEffective().then((e) => live && setEffective(e));
    const stop = watchEffective(setEffective);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return effective;
}
