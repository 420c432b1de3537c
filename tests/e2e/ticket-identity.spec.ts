// Two accounts of one helpdesk both have a ticket #N (issue 14, item 1): the demo Zendesk page served at two
// Zendesk hosts. Their tickets are kept apart, a draft of one account never shows on the other's tab, and text
// written for one is refused by the other's tab — without a clipboard copy to paste it there anyway.
import type { Page, Worker } from '@playwright/test';
import { DEMO_TICKETS } from '../../demo/tickets';
import { expect, test } from './fixtures';

const FIRST = DEMO_TICKETS.find((t) => t.page === 'zendesk.html')!;
const ACME = FIRST.url;
const GLOBEX = FIRST.url.replace(new URL(FIRST.url).host, 'globex.zendesk.com');

async function openDemo(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__demo?.ready !== undefined);
  await page.evaluate(() => (window as any).__demo.ready);
}

/** Raw IndexedDB in the worker (the extension's origin): read a store, or put rows into it. */
function idb<T>(worker: Worker, store: string, rows?: unknown[]): Promise<T> {
  return worker.evaluate(
    async ([name, put]) => {
      const req = indexedDB.open('tandem');
      const db: IDBDatabase = await new Promise((ok, fail) => ((req.onsuccess = () => ok(req.result)), (req.onerror = fail)));
      const tx = db.transaction(name, put ? 'readwrite' : 'readonly');
      const result = put
        ? await Promise.all(put.map((r) => new Promise((ok) => (tx.objectStore(name).put(r).onsuccess = ok))))
        : await new Promise((ok) => (tx.objectStore(name).getAll().onsuccess = (e) => ok((e.target as IDBRequest).result)));
      db.close();
      // Raw writes bypass Dexie: tell its live queries to read again (Dexie's own cross-context signal).
      if (put) new BroadcastChannel('x-storagemutated-1').postMessage({ all: true });
      return result as any;
    },
    [store, rows ?? null] as const,
  );
}

test('the same ticket id in two helpdesk accounts: kept apart, drafts not shared, insert refused', async ({ ext, openPanel }) => {
  const acme = await ext.context.newPage();
  await openDemo(acme, ACME);
  const globex = await ext.context.newPage();
  await openDemo(globex, GLOBEX);
  const [acmeTab, globexTab] = [(await ext.tabIdOf(acme))!, (await ext.tabIdOf(globex))!];

  const acmePanel = await openPanel(acme);
  await expect(acmePanel.getByTestId('ticket-subject')).toHaveText(FIRST.subject);
  const globexPanel = await openPanel(globex);
  await expect(globexPanel.getByTestId('ticket-subject')).toHaveText(FIRST.subject);

  const acmeKey = `zendesk:${new URL(ACME).host}:${FIRST.ticketId}`;
  const globexKey = `zendesk:globex.zendesk.com:${FIRST.ticketId}`;
  await expect
    .poll(async () => (await idb<{ tabId: number; ticketKey?: string }[]>(ext.worker, 'tabs')).filter((t) => t.tabId === acmeTab || t.tabId === globexTab).map((t) => t.ticketKey).sort())
    .toEqual([acmeKey, globexKey].sort());
  expect((await idb<{ key: string }[]>(ext.worker, 'tickets')).map((t) => t.key).sort()).toEqual([acmeKey, globexKey].sort());

  // A draft of the Acme ticket, with the customer's data in it.
  const now = Date.now();
  await idb(ext.worker, 'drafts', [
    { id: 'acme-draft', ticketKey: acmeKey, kind: 'reply', text: 'Hi, Acme here: your card ending 4242 was refunded.', versions: [], status: 'done', basedOnCustomerMessages: 99, createdAt: now, updatedAt: now },
  ]);
  await expect(acmePanel.getByTestId('draft-text')).toContainText('Acme here');
  await globexPanel.reload();
  await expect(globexPanel.getByTestId('ticket-subject')).toHaveText(FIRST.subject);
  await expect(globexPanel.getByTestId('draft-reply')).toBeVisible();
  await expect(globexPanel.getByTestId('draft-text')).toHaveCount(0);

  // Text written for Acme's #N, sent to the Globex tab that shows its own #N: refused, with the reason in code.
  const result = await globexPanel.evaluate(
    ([tab, ticketId, host]) => chrome.runtime.sendMessage({ id: 1, type: 'insertIntoTab', data: { tabId: tab, ticketId, host, text: 'Acme text', mode: 'cursor' }, timestamp: Date.now() }),
    [globexTab, FIRST.ticketId, new URL(ACME).host] as const,
  );
  expect(JSON.stringify(result)).toContain('wrong-ticket');
  expect(String(await globex.evaluate(() => (window as any).__demo.getEditorData()))).not.toContain('Acme text');
});
