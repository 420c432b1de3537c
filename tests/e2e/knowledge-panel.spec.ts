// Knowledge in the panel, end to end: articles stored in the extension's IndexedDB are ranked against the real demo
// ticket offline, thumbs re-rank them, a snippet lands in the real editor, and a draft from the mock Messages API
// cites the top article with a link to its source.
import type { Worker } from '@playwright/test';
import { DEMO_TICKETS } from '../../demo/tickets';
import { startMockAnthropic } from '../mock-anthropic/server';
import { expect, test } from './fixtures';

const zendesk = DEMO_TICKETS.find((t) => t.page === 'zendesk.html')!; // "Charged twice for my March invoice"

const ARTICLES = [
  { id: 'kb-double-charge', source: 'file:e2e', title: 'Refunding a duplicate charge', kind: 'article', url: 'https://help.example.com/articles/duplicate-charge',
    body: 'When a customer is charged twice for the same invoice, confirm both charges in the billing dashboard. Refund the duplicate charge from the payment page; the refund reaches the card in 5-10 business days.', tags: ['billing', 'refund'] },
  { id: 'kb-2fa', source: 'file:e2e', title: 'Resetting two-factor authentication', kind: 'article', url: 'https://help.example.com/articles/2fa',
    body: 'If a customer lost their authenticator app, verify their identity and reset two-factor authentication from the admin console.', tags: ['login'] },
  { id: 'kb-shipping', source: 'file:e2e', title: 'Shipping delays and tracking', kind: 'article', url: 'https://help.example.com/articles/shipping',
    body: 'Orders ship within 2 business days. Share the tracking number; carriers update tracking within 24 hours.', tags: ['shipping'] },
  { id: 'kb-cancel', source: 'file:e2e', title: 'Cancelling a subscription', kind: 'article', url: 'https://help.example.com/articles/cancel',
    body: 'A customer can cancel their subscription at any time from Settings > Billing. Charges already made are not refunded automatically.', tags: ['billing'] },
  { id: 'kb-invoice-macro', source: 'file:e2e', title: 'Macro: invoice copy', kind: 'macro',
    body: 'You can download every invoice from Settings > Billing > Invoices.', tags: ['billing'] },
];

/** Stores articles as the importer does (rows only: the index is rebuilt from them on first load). */
async function seedArticles(worker: Worker) {
  await worker.evaluate(async (articles) => {
    const open = () => new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('tandem');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    let db = await open();
    for (let i = 0; i < 50 && !db.objectStoreNames.contains('kbArticles'); i++) {
      db.close();
      await new Promise((r) => setTimeout(r, 100));
      db = await open();
    }
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('kbArticles', 'readwrite');
      for (const a of articles) tx.objectStore('kbArticles').put({ ...a, updatedAt: Date.now() });
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, ARTICLES);
}

test('snippets are ranked for the ticket, re-ranked by thumbs, searchable, and inserted into the editor', async ({ ext, openPanel }) => {
  await seedArticles(ext.worker);
  const page = await ext.context.newPage();
  await page.goto(zendesk.url);
  await page.evaluate(() => (window as any).__demo.ready);
  const panel = await openPanel(page);
  const snippets = panel.getByTestId('snippet');
  await expect(snippets.first()).toHaveAttribute('data-article-id', 'kb-double-charge');
  await expect(snippets.first().locator('mark').first()).toBeVisible(); // matched terms highlighted
  await expect(snippets.first().getByRole('link', { name: 'Refunding a duplicate charge' })).toHaveAttribute(
    'href',
    'https://help.example.com/articles/duplicate-charge',
  );

  // The other articles match far less well than the best one: they wait behind "Show N weaker matches".
  await expect(snippets).toHaveCount(1);
  await panel.getByTestId('snippets-weaker').click();
  await expect(snippets.nth(1)).toHaveAttribute('data-weak', 'true');
  // Thumbs down on this ticket pushes it below the others that match.
  expect(await snippets.count()).toBeGreaterThan(1);
  await snippets.first().getByTestId('snippet-down').click();
  await expect(snippets.first()).not.toHaveAttribute('data-article-id', 'kb-double-charge');
  await panel.getByRole('button', { name: 'Not useful: Refunding a duplicate charge' }).click(); // take the vote back
  await expect(snippets.first()).toHaveAttribute('data-article-id', 'kb-double-charge');

  // Asking directly.
  await panel.getByTestId('snippet-search').fill('lost authenticator app');
  await expect(snippets.first()).toHaveAttribute('data-article-id', 'kb-2fa');
  await panel.getByTestId('snippet-search').fill('');

  await snippets.first().getByTestId('snippet-insert').click();
  await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
  await expect.poll(() => page.evaluate(() => (window as any).__demo.getEditorData())).toContain('Refund the duplicate charge');
});

test('a draft is grounded in the top snippet and cites it with a link to the source', async ({ ext, openPanel }) => {
  const mock = await startMockAnthropic();
  try {
    await seedArticles(ext.worker);
    await ext.worker.evaluate(async (url) => {
      await chrome.storage.local.set({ settings: { baseUrl: url, model: 'claude-sonnet-5-5', maxTokens: 600, redact: true, agentName: 'Sam', brandVoice: '' }, apiKey: 'sk-ant-e2e' });
    }, mock.url);
    const page = await ext.context.newPage();
    await page.goto(zendesk.url);
    await page.evaluate(() => (window as any).__demo.ready);
    const panel = await openPanel(page);
    await panel.getByTestId('draft-reply').click();
    await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
    // The request carried the knowledge as delimited data, and the citation links to the article.
    const sent = JSON.stringify(mock.requests.at(-1));
    expect(sent).toContain('Refunding a duplicate charge');
    await expect(panel.getByTestId('citation-link').first()).toHaveAttribute('href', 'https://help.example.com/articles/duplicate-charge');
  } finally {
    await mock.close();
  }
});

test('arrow keys move between snippets', async ({ ext, openPanel }) => {
  await seedArticles(ext.worker);
  const page = await ext.context.newPage();
  await page.goto(zendesk.url);
  await page.evaluate(() => (window as any).__demo.ready);
  const panel = await openPanel(page);
  const snippets = panel.getByTestId('snippet');
  await panel.getByTestId('snippets-weaker').click();
  await expect(snippets.nth(1)).toBeVisible();
  await snippets.first().getByTestId('snippet-insert').focus();
  await panel.keyboard.press('ArrowDown');
  await expect(snippets.nth(1).getByTestId('snippet-insert')).toBeFocused();
  await panel.keyboard.press('ArrowUp');
  await expect(snippets.first().getByTestId('snippet-insert')).toBeFocused();
});
