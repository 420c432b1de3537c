// Background features, each registered synchronously from the entrypoint's `main`.
import browser from 'webextension-polyfill';
import { getDb } from '../db';
import { onMessage, sendMessage } from '../messaging';
import { forgetTab, storeSnapshot } from './tickets';
import { registerPanelOpening } from './panel';
import { updateBadge } from './badge';
import { registerCustomHelpdesks } from './custom-helpdesks';
import { registerRetention } from '../retention';
import { registerPolicy } from '../policy/background';
import { loadSettings } from '../settings';
import { registerDrafts } from './drafts';

export function registerBackground(): void {
  registerPanelOpening();
  registerTicketTracking();
  registerInsertion();
  registerCustomHelpdesks();
  registerPolicy(getDb);
  registerRetention(getDb, loadSettings);
  registerDrafts();
}

function registerTicketTracking() {
  // Async handlers return native promises: a Dexie promise returned from a listener can reach the sender as
  // undefined in Chromium (TOOLCHAIN.md).
  onMessage('reportSnapshot', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return; // only top frames speak for a tab
    await storeSnapshot(getDb(), tabId, data);
    await updateBadge(getDb(), tabId, data.snapshot);
  });

  onMessage('refreshTab', async ({ data }) => {
    try {
      await sendMessage('readTicketNow', undefined, data.tabId);
    } catch {
      // No content script answered: not a supported helpdesk (or it was loaded before Tandem was installed).
      await forgetTab(getDb(), data.tabId);
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(getDb(), tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A full navigation starts: the page's content script (if any) will report again once loaded. SPA navigation
    // (pushState) never passes through 'loading' and is reported by the content script itself.
    if (change.status === 'loading' && change.url) void forgetTab(getDb(), tabId);
  });
}

function registerInsertion() {
  onMessage('readEditorFromTab', async ({ data }) => {
    try {
      return await sendMessage('readEditor', undefined, data.tabId);
    } catch {
      return { ok: false, reason: 'The helpdesk tab did not answer. Reload it and try again.' };
    }
  });

  onMessage('insertIntoTab', async ({ data }) => {
    const { tabId, ...request } = data;
    try {
      return await sendMessage('insertIntoEditor', request, tabId);
    } catch {
      return { ok: false, reason: 'The helpdesk tab did not answer. Reload it and try again.' };
    }
  });
}
