// The agent's own configs as stored (kept current), and which host access each still lacks (a denied prompt, or
// access removed later in the browser's settings).
import { useEffect, useState } from 'react';
import { originsForPatterns } from '../access';
import type { CustomAdapterConfig } from '../config';
import { customAdaptersItem } from '../store';
import { notGranted } from './host-access';

export function useOwnConfigs() {
  const [own, setOwn] = useState<CustomAdapterConfig[]>([]);
  const [missingAccess, setMissingAccess] = useState<Record<string, string[]>>({});

  useEffect(() => {
    let live = true;
    void customAdaptersItem.getValue().then((v) => live && setOwn(v ?? []));
    const unwatch = customAdaptersItem.watch((v) => setOwn(v ?? []));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const ownKey = JSON.stringify(own.map((c) => [c.id, c.urlPatterns]));
  useEffect(() => {
    let live = true;
    void Promise.all(own.map(async (c) => [c.id, await notGranted(originsForPatterns(c.urlPatterns))] as const)).then(
      (entries) => live && setMissingAccess(Object.fromEntries(entries)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ownKey]);

  /** Checks one config's access again (after the agent answered the browser's prompt). */
  async function recheck(config: CustomAdapterConfig): Promise<void> {
    const still = await notGranted(originsForPatterns(config.urlPatterns));
    setMissingAccess((a) => ({ ...a, [config.id]: still }));
  }

  return { own, missingAccess, recheck };
}
