// The agent's own custom helpdesk configs, in extension storage, and the list the background hands content
// scripts: the organisation's (managed policy) first, then the agent's. Content scripts never read storage
// themselves — they ask the background (./background.ts), which hands them only the selector configs.
import { storage } from 'wxt/utils/storage';
import type { CustomAdapterConfig } from './config';
import { validateCustomHelpdesk } from './validate';

export const customAdaptersItem = storage.defineItem<CustomAdapterConfig[]>('local:customAdapters', { fallback: [] });

/** Managed policy's configs (read by lib/policy when present) come first: the organisation's description wins.
 *  `includeOwn` false (policy `agentHelpdesks: false`): the agent's own configs are left out. */
export async function loadCustomAdapters(managed: unknown[] = [], includeOwn = true): Promise<CustomAdapterConfig[]> {
  const own = includeOwn ? await customAdaptersItem.getValue() : [];
  const seen = new Set<string>();
  const valid: CustomAdapterConfig[] = [];
  for (const candidate of [...managed, ...own]) {
    const checked = validateCustomHelpdesk(candidate);
    if (checked.ok && !seen.has(checked.config.id)) {
      seen.add(checked.config.id);
      valid.push(checked.config);
    }
  }
  return valid;
}
