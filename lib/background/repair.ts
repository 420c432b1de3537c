// "Fix how Tandem reads this page" (issue 13): the side panel asks, the tab's content script runs the picker in the
// page and answers with a config and its preview; saving takes only the config that was previewed for that tab.
import browser from 'webextension-polyfill';
import { storage } from 'wxt/utils/storage';
import type { CustomAdapterConfig } from '../../adapters/custom';
import { onMessage, sendMessage } from '../messaging';
import { saveAdapterOverride } from '../repair/overrides';

/** The config last previewed per tab (session storage: the worker may be stopped between preview and save). */
const pendingItem = storage.defineItem<Record<string, string>>('session:repairPending', { fallback: {} });

const canonical = (config: CustomAdapterConfig) => JSON.stringify(config);

export function registerRepair(): void {
  onMessage('repairStart', async ({ data }) => {
    try {
      const reply = await sendMessage('repairPick', undefined, data.tabId);
      const pending = { ...((await pendingItem.getValue()) ?? {}) };
      if (reply.ok) pending[data.tabId] = canonical(reply.config);
      else delete pending[data.tabId];
      await pendingItem.setValue(pending);
      return reply;
    } catch {
      // No content script in the tab: not a page Tandem runs on (or one loaded before it was installed).
      return { ok: false as const, reason: 'no-tab' as const };
    }
  });

  onMessage('repairCancel', async ({ data }) => {
    await sendMessage('repairAbort', undefined, data.tabId).catch(() => {});
  });

  onMessage('repairSave', async ({ data }) => {
    const pending = (await pendingItem.getValue()) ?? {};
    // Nothing is saved without a preview: the exact config the agent saw previewed in this tab, no other.
    if (pending[data.tabId] !== canonical(data.config)) return { ok: false, errors: ['preview the repair before saving it'] };
    const url = (await browser.tabs.get(data.tabId).catch(() => undefined))?.url ?? '';
    let host = '';
    try {
      host = new URL(url).host;
    } catch {
      /* no page */
    }
    const saved = await saveAdapterOverride(host, url, data.config);
    if (!saved.ok) return { ok: false, errors: saved.errors };
    const rest = { ...pending };
    delete rest[data.tabId];
    await pendingItem.setValue(rest);
    await sendMessage('reloadCustomAdapters', undefined, data.tabId).catch(() => {});
    return { ok: true, host };
  });
}
