// Setup shared by the e2e specs that work on a stored ticket rather than a helpdesk page (drafts, connectors): the
// agent's settings written to storage, and the tab + ticket rows the background keeps, written into the worker's
// IndexedDB. Setup only: the specs that test reading a page open a demo helpdesk page instead. No test-runner
// imports: the benches (bench/drafts-ui.ts, bench/tools-ui.ts) set up the same way.
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** A ticket snapshot as the background stores it (the fields these specs use). */
export interface StoredSnapshot {
  helpdesk: string;
  ticketId: string;
  url: string;
  messages: { author: { role: string } }[];
  [field: string]: unknown;
}

/** Settings as lib/settings.ts stores them (WXT `local:settings` / `local:apiKey` -> chrome.storage.local keys). */
export async function configure(worker: Worker, baseUrl: string, apiKey = 'sk-ant-e2e') {
  await worker.evaluate(
    async ([url, key]) => {
      await chrome.storage.local.set({
        settings: { baseUrl: url, model: 'claude-sonnet-5-5', maxTokens: 800, redact: true, agentName: 'Tom Becker', brandVoice: '' },
        apiKey: key,
      });
    },
    [baseUrl, apiKey] as const,
  );
}

/** Write the tab and ticket rows the background keeps for a helpdesk tab, into the worker's IndexedDB. */
export async function writeTicket(worker: Worker, tabId: number, snapshot: StoredSnapshot) {
  await worker.evaluate(
    async ([tab, snap]) => {
      const open = () =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('tandem');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      // The worker opens the database (Dexie) at start; wait until its tables exist.
      let db = await open();
      for (let i = 0; i < 50 && !db.objectStoreNames.contains('tickets'); i++) {
        db.close();
        await new Promise((r) => setTimeout(r, 100));
        db = await open();
      }
      const key = `${snap.helpdesk}:${new URL(snap.url).host}:${snap.ticketId}`;
      const customers = snap.messages.filter((m) => m.author.role === 'customer').length;
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['tickets', 'tabs'], 'readwrite');
        tx.objectStore('tickets').put({ key, snapshot: snap, firstSeenAt: Date.now(), updatedAt: Date.now(), customerMessageCount: customers });
        tx.objectStore('tabs').put({ tabId: tab, status: 'ticket', helpdesk: snap.helpdesk, ticketKey: key, url: snap.url, updatedAt: Date.now() });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      // These raw writes bypass Dexie, so tell every Dexie live query in the extension to re-read: Dexie's own
      // cross-context change signal ({ all } is what it sends itself when a page comes back from the bfcache).
      const channel = new BroadcastChannel('x-storagemutated-1');
      channel.postMessage({ all: true });
      channel.close();
    },
    [tabId, snapshot] as const,
  );
}

/** A plain tab for the panel to follow, and the panel pinned to it, showing the stored ticket. */
export async function panelWithTicket(
  ext: { context: BrowserContext; worker: Worker; tabIdOf(p: Page): Promise<number | undefined> },
  openPanel: (p?: Page) => Promise<Page>,
  ticket: StoredSnapshot,
) {
  await ext.context.route(`${new URL(ticket.url).origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>ticket</title><p>ticket</p>' }));
  const tab = await ext.context.newPage();
  await tab.goto(ticket.url);
  const tabId = (await ext.tabIdOf(tab))!;
  await writeTicket(ext.worker, tabId, ticket);
  const panel = await openPanel(tab);
  // The panel asks the tab to report again; this tab has no content script, so the background forgets the tab row.
  // Write it again until the panel shows the ticket (setup, not behaviour under test).
  for (let i = 0; i < 20; i++) {
    if (await panel.getByTestId('ticket-card').isVisible()) break;
    await writeTicket(ext.worker, tabId, ticket);
    await panel.waitForTimeout(200);
  }
  await panel.getByTestId('ticket-card').waitFor({ timeout: 5_000 });
  return { panel, tab, tabId };
}
