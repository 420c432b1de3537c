// The agent's repairs ("Fix how Tandem reads this page"), one per helpdesk host, in extension storage. Content
// scripts never read storage (setAccessLevel: trusted contexts): they get these with the custom configs, through
// the `getCustomAdapters` message.
import { storage } from 'wxt/utils/storage';
import { validateCustomAdapterConfig, type CustomAdapterConfig } from '../../adapters/custom';
import { urlMatchesPatterns } from '../../adapters/shared/match-pattern';

export const adapterOverridesItem = storage.defineItem<Record<string, CustomAdapterConfig>>('local:adapterOverrides', { fallback: {} });

/** Valid overrides, each marked as one (layer: 'override'), whatever was stored. */
export async function loadAdapterOverrides(): Promise<CustomAdapterConfig[]> {
  const stored = (await adapterOverridesItem.getValue()) ?? {};
  const out: CustomAdapterConfig[] = [];
  for (const raw of Object.values(stored)) {
    const checked = validateCustomAdapterConfig(raw);
    if (checked.ok) out.push({ ...checked.config, layer: 'override' });
  }
  return out;
}

/** Save the repair for `host`: refused unless it is a valid config whose patterns cover the tab's page. */
export async function saveAdapterOverride(host: string, tabUrl: string, raw: unknown): Promise<{ ok: true } | { ok: false; errors: string[] }> {
  const checked = validateCustomAdapterConfig(raw, { strict: true });
  if (!checked.ok) return { ok: false, errors: checked.errors };
  if (!host || !urlMatchesPatterns(tabUrl, checked.config.urlPatterns)) return { ok: false, errors: ['the repair does not cover the page it was made on'] };
  const all = { ...((await adapterOverridesItem.getValue()) ?? {}) };
  all[host] = { ...checked.config, layer: 'override' };
  await adapterOverridesItem.setValue(all);
  return { ok: true };
}

export async function removeAdapterOverride(host: string): Promise<void> {
  const all = { ...((await adapterOverridesItem.getValue()) ?? {}) };
  delete all[host];
  await adapterOverridesItem.setValue(all);
}
