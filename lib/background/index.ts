// Background features, each registered synchronously from the entrypoint's `main`.
import { browser } from 'wxt/browser';
import { getDb, ticketKeyOf } from '../db';
import { hostOfUrl } from '../ticket-identity';
import { audit } from '../audit';
import { isHelpdeskHostAllowed } from '../policy/effective';
import { onMessage, sendMessage } from '../messaging';
import { forgetTab, insertBlockedByReading, readingBlockResult, storeSnapshot } from './tickets';
import { registerPanelOpening } from './panel';
import { updateBadge } from './badge';
import { registerCustomHelpdesks } from '../custom-helpdesks/background';
import { registerRetention } from '../retention';
import { registerPolicy } from '../policy/background';
import { loadSettings } from '../settings';
import { registerDrafts } from './drafts';
import { requestAiAlerts } from './ai-alerts';
import { registerKnowledge } from '../knowledge/background';
import { registerCommands } from './commands';
import { registerSecretsMigration } from '../secrets';
import { fromExtensionPage } from './senders';
import { insertFailure } from '../../adapters/shared/insert-failure';
import { registerRepair } from './repair';
import { insertIntoTabEditor } from './insert-ladder';
import { registerConnectors } from './connectors';
import { installNoDomSelectorCheck } from '../custom-helpdesks/validate';
import { cssWhatSelectorError } from '../custom-helpdesks/selector-check-nodom';

export function registerBackground(): void {
  // This worker has no DOM to check custom-helpdesk selectors with (policy, stored configs): css-what's grammar.
  installNoDomSelectorCheck(cssWhatSelectorError);
  // Settings are for extension pages and this worker only: content scripts run beside untrusted helpdesk pages
  // and get what they need (selector configs) by message.
  browser.storage?.local?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => {});
  // Secrets do not rely on that (Firefox has no access level for storage.local): they live in IndexedDB
  // (lib/secrets), and whatever earlier versions left in storage.local is moved there now.
  registerSecretsMigration();
  // Chromium's first read of managed storage after launch takes seconds; start it now so the first ticket report
  // (which checks the organisation's allowed hosts) does not wait for it.
  void loadSettings().catch(() => {});
  registerPanelOpening();
  registerTicketTracking();
  registerInsertion();
  registerCustomHelpdesks(async () => (await loadSettings()).customAdapters ?? [], async () => (await loadSettings()).agentHelpdesks !== false);
  registerPolicy(getDb);
  registerRetention(getDb, loadSettings);
  registerDrafts();
  registerKnowledge();
  registerCommands();
  registerRepair();
  registerConnectors();
}

function registerTicketTracking() {
  // Async handlers return native promises: a Dexie promise returned from a listener can reach the sender as
  // undefined in Chromium (TOOLCHAIN.md).
  onMessage('reportSnapshot', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return; // only top frames speak for a tab
    // The browser's word for where the report came from, not the page's: the account host is part of the ticket's
    // identity (storeSnapshot refuses a snapshot that claims another host).
    const tabUrl = sender.tab?.url ?? sender.url ?? '';
    // An organisation can limit Tandem to its own helpdesk hosts: elsewhere nothing is read or kept.
    const settings = await loadSettings();
    // Checked on the tab's URL as the browser knows it (a script driven by the page could report any URL), and on
    // the reported one too.
    if (!tabUrl || !isHelpdeskHostAllowed(settings, tabUrl) || !isHelpdeskHostAllowed(settings, data.url)) {
      await forgetTab(getDb(), tabId);
      return;
    }
    const { firstSeen } = await storeSnapshot(getDb(), tabId, data, Date.now(), tabUrl);
    if (data.snapshot && firstSeen) await audit(getDb(), 'ticket_opened', { ticketKey: ticketKeyOf({ ...data.snapshot, host: hostOfUrl(tabUrl) }) }).catch(() => {});
    await updateBadge(getDb(), tabId, data.snapshot);
    // The AI's second opinion on new customer messages (off unless features.aiAlerts): runs on its own.
    if (data.snapshot) requestAiAlerts(ticketKeyOf({ ...data.snapshot, host: hostOfUrl(tabUrl) }));
  });

  onMessage('refreshTab', fromExtensionPage(async ({ data }) => {
    try {
      await sendMessage('readTicketNow', undefined, data.tabId);
    } catch {
      // No content script answered: not a helpdesk page, one loaded before Tandem was installed, or one still
      // starting (it reports by itself then). Forget the tab only if what we hold is for another page.
      const [tab, row] = await Promise.all([browser.tabs.get(data.tabId).catch(() => undefined), getDb().tabs.get(data.tabId)]);
      if (row && tab?.url !== row.url) await forgetTab(getDb(), data.tabId);
    }
  }));

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(getDb(), tabId));
  // Tab ids start again with each browser session: rows from the last one describe nothing.
  browser.runtime.onStartup.addListener(() => void getDb().tabs.clear());
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A full navigation starts: the page's content script (if any) will report again once loaded. SPA navigation
    // (pushState) never passes through 'loading' and is reported by the content script itself.
    if (change.status === 'loading' && change.url) void forgetTab(getDb(), tabId);
  });
}

function registerInsertion() {
  onMessage('readEditorFromTab', fromExtensionPage(async ({ data }) => {
    try {
      return await sendMessage('readEditor', undefined, data.tabId);
    } catch {
      return insertFailure('tab-no-answer');
    }
  }));

  onMessage('insertIntoTab', fromExtensionPage(async ({ data }) => {
    const { tabId, source, readingConfirmed, ...request } = data;
    try {
      // An unsure reading of the tab's ticket waits for the agent's go-ahead; another ticket than the URL's, never.
      const block = await insertBlockedByReading(getDb(), tabId);
      if (block === 'id-mismatch' || (block === 'reading-low' && !readingConfirmed)) return readingBlockResult(block);
      const result = await insertIntoTabEditor(tabId, request);
      if (result.ok) {
        const tab = await getDb().tabs.get(tabId);
        const action = source === 'summary' ? 'summary_inserted' : source === 'snippet' ? 'snippet_inserted' : 'draft_inserted';
        await audit(getDb(), action, { ticketKey: tab?.ticketKey, detail: { chars: request.text.length, via: result.via, source } }).catch(() => {});
      }
      return result;
    } catch {
      return insertFailure('tab-no-answer');
    }
  }));
}
