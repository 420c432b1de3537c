// "Fix how Tandem reads this page" (issue 13): the side panel asks, the tab's content script runs the picker in the
// page and answers with a config and its preview; saving takes only the config that was previewed for that tab.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { CustomAdapterConfig } from '../../adapters/custom';
import { onMessage, sendMessage } from '../messaging';
import type { RepairReply } from '../repair/build';
import { adapterOverridesItem, removeAdapterOverride, saveAdapterOverride } from '../repair/overrides';
import { fromExtensionPage } from './senders';

/** The unlisted script with the picker (entrypoints/repair-picker.ts). */
const REPAIR_PICKER_SCRIPT = '/repair-picker.js';

/** The config last previewed per tab (session storage: the worker may be stopped between preview and save). */
const pendingItem = storage.defineItem<Record<string, string>>('session:repairPending', { fallback: {} });

const canonical = (config: CustomAdapterConfig) => JSON.stringify(config);

/** Remember what the tab previewed (or forget it: cancelled, failed). */
export async function recordPreview(tabId: number, reply: RepairReply): Promise<void> {
  const pending = { ...((await pendingItem.getValue()) ?? {}) };
  if (reply.ok) pending[tabId] = canonical(reply.config);
  else delete pending[tabId];
  await pendingItem.setValue(pending);
}

/** Save the repair for the tab's host: only the exact config previewed in that tab, only for the page it covers. */
export async function saveRepair(tabId: number, config: CustomAdapterConfig, tabUrl: string): Promise<{ ok: boolean; host?: string; errors?: string[] }> {
  const pending = (await pendingItem.getValue()) ?? {};
  if (pending[tabId] !== canonical(config)) return { ok: false, errors: ['preview the repair before saving it'] };
  let host = '';
  try {
    host = new URL(tabUrl).host;
  } catch {
    /* no page */
  }
  const saved = await saveAdapterOverride(host, tabUrl, config);
  if (!saved.ok) return { ok: false, errors: saved.errors };
  const rest = { ...pending };
  delete rest[tabId];
  await pendingItem.setValue(rest);
  return { ok: true, host };
}

/** Hosts whose repair was added, changed or removed between two stored values. */
export function changedRepairHosts(next: Record<string, unknown> | null, prev: Record<string, unknown> | null): string[] {
  const a = next ?? {};
  const b = prev ?? {};
  const hosts = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...hosts].filter((h) => JSON.stringify(a[h]) !== JSON.stringify(b[h]));
}

/** Open tabs of those hosts read themselves again (a repair removed on the options page takes effect at once). */
async function reloadTabsOf(hosts: string[]): Promise<void> {
  if (!hosts.length) return;
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const tab of tabs) {
    let host: string;
    try {
      host = new URL(tab.url ?? '').host;
    } catch {
      continue;
    }
    if (tab.id !== undefined && hosts.includes(host)) await sendMessage('reloadCustomAdapters', undefined, tab.id).catch(() => {});
  }
}

export function registerRepair(): void {
  adapterOverridesItem.watch((next, prev) => void reloadTabsOf(changedRepairHosts(next, prev)));
  onMessage('repairStart', fromExtensionPage(async ({ data }) => {
    let reply: RepairReply;
    try {
      // The picker is not part of the content script every helpdesk page gets: it comes when asked for.
      await browser.scripting.executeScript({ target: { tabId: data.tabId }, files: [REPAIR_PICKER_SCRIPT] });
      reply = await sendMessage('repairPick', undefined, data.tabId);
    } catch {
      // No content script in the tab: not a page Tandem runs on (or one loaded before it was installed).
      reply = { ok: false, reason: 'no-tab' };
    }
    await recordPreview(data.tabId, reply);
    return reply;
  }));

  onMessage('repairCancel', fromExtensionPage(async ({ data }) => {
    await sendMessage('repairAbort', undefined, data.tabId).catch(() => {});
    await recordPreview(data.tabId, { ok: false, reason: 'cancelled' });
  }));

  onMessage('repairSave', fromExtensionPage(async ({ data }) => {
    const url = (await browser.tabs.get(data.tabId).catch(() => undefined))?.url ?? '';
    const saved = await saveRepair(data.tabId, data.config, url);
    // The tab reads itself again with the repair (its content script fetches the configs anew).
    if (saved.ok) await sendMessage('reloadCustomAdapters', undefined, data.tabId).catch(() => {});
    return saved;
  }));

  onMessage('repairRemove', fromExtensionPage(async ({ data }) => {
    const url = (await browser.tabs.get(data.tabId).catch(() => undefined))?.url ?? '';
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return { ok: false };
    }
    await removeAdapterOverride(host);
    await sendMessage('reloadCustomAdapters', undefined, data.tabId).catch(() => {});
    return { ok: true, host };
  }));
}
