// Helpdesks an admin or agent describes with selectors (custom adapters). The configs live in extension
// storage (agent) and managed policy (admin); content scripts never read storage themselves — they ask the
// background, which hands them only the selector configs.
import { storage } from 'wxt/utils/storage';
import { validateCustomAdapterConfig, type CustomAdapterConfig } from '../adapters/custom';

export const customAdaptersItem = storage.defineItem<CustomAdapterConfig[]>('local:customAdapters', { fallback: [] });

/** Managed policy's configs (read by lib/policy when present) come first: the organisation's description wins. */
export async function loadCustomAdapters(managed: unknown[] = []): Promise<CustomAdapterConfig[]> {
  const own = await customAdaptersItem.getValue();
  const seen = new Set<string>();
  const valid: CustomAdapterConfig[] = [];
  for (const candidate of [...managed, ...own]) {
    const checked = validateCustomAdapterConfig(candidate);
    if (checked.ok && !seen.has(checked.config.id)) {
      seen.add(checked.config.id);
      valid.push(checked.config);
    }
  }
  return valid;
}

/** "https://support.acme.test/tickets/*" -> "https://support.acme.test/*": the host access a pattern needs. */
export function originPatternOf(matchPattern: string): string | null {
  const m = /^(\*|https?|wss?):\/\/([^/]+)\//.exec(matchPattern.trim());
  return m ? `${m[1]}://${m[2]}/*` : null;
}
