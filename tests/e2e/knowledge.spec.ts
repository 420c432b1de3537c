// Knowledge section of the options page, in the built extension: import the demo knowledge base through the
// file input (with a broken file beside it), re-import it as a zip, and sync from a Zendesk help center served
// at a real *.zendesk.com URL (granted by the manifest) by a route that speaks the Guide API, 429 included.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './fixtures';

const DEMO_KB = resolve('demo/kb');
const demoFiles = readdirSync(DEMO_KB)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => ({ name, mimeType: 'text/markdown', buffer: readFileSync(join(DEMO_KB, name)) }));

async function openOptions(ext: { context: import('@playwright/test').BrowserContext; extensionId: string }): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByTestId('kb-section')).toBeVisible();
  return page;
}

const storedCount = (page: Page, source: string) => page.locator(`[data-testid="kb-stored-row"][data-source="${source}"] [data-testid="kb-stored-count"]`);

test('imports the demo knowledge base with a broken file, lists what was skipped, then a zip of it is all unchanged', async ({ ext }) => {
  const page = await openOptions(ext);
  const broken = { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"articles": [{"title": "Half') };

  await page.getByTestId('kb-file-input').setInputFiles([...demoFiles, broken]);
  const result = page.getByTestId('kb-import-result');
  await expect(result.getByTestId('kb-import-counts')).toHaveText(`${demoFiles.length + 1} files, ${demoFiles.length} articles: ${demoFiles.length} added, 0 updated, 0 unchanged.`);
  const skipped = result.getByTestId('kb-import-skipped').locator('li');
  await expect(skipped).toHaveCount(1);
  await expect(skipped).toContainText('broken.json');
  await expect(skipped).toContainText('invalid JSON');
  // What the code means, in the agent's language, before the detail.
  await expect(skipped).toContainText('Could not be read.');
  await expect(skipped).toHaveAttribute('data-code', 'unreadable');
  await expect(page.getByTestId('kb-import-progress')).toContainText(`${demoFiles.length + 1} of ${demoFiles.length + 1}`);
  await expect(page.getByTestId('kb-stored-total')).toHaveText(String(demoFiles.length));
  await expect(storedCount(page, 'file:refund-policy.md')).toHaveText('1');

  const zip = zipSync(Object.fromEntries(demoFiles.map((f) => [f.name, strToU8(f.buffer.toString('utf8'))])));
  await page.getByTestId('kb-file-input').setInputFiles([{ name: 'demo-kb.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) }]);
  await expect(result.getByTestId('kb-import-counts')).toHaveText(`1 files, ${demoFiles.length} articles: 0 added, 0 updated, ${demoFiles.length} unchanged.`);
  await expect(result.getByTestId('kb-import-skipped')).toHaveCount(0);
  await expect(page.getByTestId('kb-stored-total')).toHaveText(String(demoFiles.length));

  // Removing one source from "stored knowledge" leaves the others.
  const row = page.locator('[data-testid="kb-stored-row"][data-source="file:chargebacks.md"]');
  await row.getByTestId('kb-stored-remove').click();
  await row.getByTestId('kb-stored-confirm').click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('kb-stored-total')).toHaveText(String(demoFiles.length - 1));
});

test('a zip bomb is stopped at the per-file cap and said so, and what was imported before stays', async ({ ext }) => {
  const page = await openOptions(ext);
  await page.getByTestId('kb-file-input').setInputFiles([demoFiles[0]]);
  const result = page.getByTestId('kb-import-result');
  await expect(result.getByTestId('kb-import-counts')).toHaveText('1 files, 1 articles: 1 added, 0 updated, 0 unchanged.');

  // 30 MB of one letter deflates to ~30 KB: over the 20 MB per-file cap once unzipped (the unit tests cover the other caps).
  const bomb = zipSync({ 'guide.md': strToU8('# Guide\n\nA small article beside the bomb.'), 'bomb.md': new Uint8Array(30 * 1024 * 1024).fill(0x61) });
  await page.getByTestId('kb-file-input').setInputFiles([{ name: 'bomb.zip', mimeType: 'application/zip', buffer: Buffer.from(bomb) }]);
  await expect(result.getByTestId('kb-import-counts')).toHaveText('1 files, 1 articles: 1 added, 0 updated, 0 unchanged.', { timeout: 10_000 });
  const skipped = result.getByTestId('kb-import-skipped').locator('li');
  await expect(skipped).toHaveCount(1);
  await expect(skipped).toHaveAttribute('data-code', 'file-too-large');
  await expect(skipped).toContainText('bomb.zip/bomb.md');
  await expect(skipped).toContainText('larger than 20 MB once unzipped');
  await expect(skipped).toContainText('Too large: not read.');
  await expect(page.getByTestId('kb-stored-total')).toHaveText('2');
});

/** A Zendesk help center: Guide articles with next_page pagination (page 2 answers 429 once), and macros. */
function fakeZendesk() {
  const state = { deleted: new Set<number>(), throttled: false, requests: [] as { path: string; auth?: string }[] };
  const base = 'https://kbtest.zendesk.com';
  const articles = [
    { id: 101, title: 'Why was I charged twice?', body: '<p>A retried payment can be <b>captured twice</b>; we refund the duplicate.</p>', label_names: ['billing'] },
    { id: 102, title: 'Reset two-factor authentication', body: '<p>Use a backup code, or ask support after an identity check.</p>', label_names: ['2fa'] },
    { id: 103, title: 'Shipping times', body: '<p>Standard delivery takes 3–5 business days.</p>' },
    { id: 104, title: 'Summer promo codes', body: '<p>Promo codes expire on August 31.</p>' },
  ].map((a) => ({ ...a, html_url: `${base}/hc/en-us/articles/${a.id}`, draft: false }));
  const handler = async (route: Route) => {
    const url = new URL(route.request().url());
    state.requests.push({ path: url.pathname + url.search, auth: await route.request().headerValue('authorization') ?? undefined });
    const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
      route.fulfill({ status, contentType: 'application/json', headers, body: JSON.stringify(body) });
    if (url.pathname === '/api/v2/help_center/articles.json') {
      const live = articles.filter((a) => !state.deleted.has(a.id));
      if (url.searchParams.get('page') !== '2') return json({ articles: live.slice(0, 2), next_page: `${base}/api/v2/help_center/articles.json?page=2&per_page=2`, count: live.length });
      if (!state.throttled) {
        state.throttled = true;
        return json({ error: 'APIRateLimitExceeded' }, 429, { 'Retry-After': '1' });
      }
      return json({ articles: live.slice(2), next_page: null, count: live.length });
    }
    if (url.pathname === '/api/v2/macros.json') {
      return json({
        macros: [{ id: 9, title: 'Refund the duplicate charge', active: true, actions: [{ field: 'comment_value', value: 'I have refunded the duplicate charge today.' }] }],
        next_page: null,
      });
    }
    if (url.pathname === '/exports/faq.md') {
      return route.fulfill({ status: 200, contentType: 'text/markdown', body: '---\ntitle: Returns window\n---\nItems can be returned within 30 days.' });
    }
    return json({ error: 'not found' }, 404);
  };
  return { state, handler };
}

test('syncs a Zendesk help center with macros, waits out a 429, and a re-sync removes a deleted article', async ({ ext }) => {
  const zd = fakeZendesk();
  // Registered after the demo routes, so it wins for this host (Playwright runs the newest matching route first).
  await ext.context.route('https://kbtest.zendesk.com/**', zd.handler);
  await ext.context.route('https://kbrefused.zendesk.com/**', (route) => route.fulfill({ status: 401, contentType: 'application/json', body: '{"error":"Couldn\'t authenticate you"}' }));
  const page = await openOptions(ext);

  await page.getByTestId('kb-add-base-url').fill('https://kbtest.zendesk.com');
  await page.getByTestId('kb-add-email').fill('agent@kbtest.example');
  await page.getByTestId('kb-add-secret').fill('api-token-123');
  await expect(page.getByTestId('kb-add-extras')).toBeChecked();
  await page.getByTestId('kb-add-source').click();
  const source = page.getByTestId('kb-agent-source');
  await expect(source).toHaveCount(1);
  await expect(source).toContainText('kbtest.zendesk.com');

  await source.getByTestId('kb-agent-source-sync').click();
  const status = source.getByTestId('kb-agent-source-status');
  await expect(status).toContainText('Fetched 5: 5 added, 0 updated, 0 unchanged, 0 removed.', { timeout: 10_000 });
  await expect(status).toContainText('slow down 1 times (rate limited, 429)');
  await expect(storedCount(page, 'zendesk:kbtest.zendesk.com')).toHaveText('5');
  const expectedAuth = `Basic ${Buffer.from('agent@kbtest.example/token:api-token-123').toString('base64')}`;
  expect(zd.state.requests.map((r) => r.auth)).toEqual(zd.state.requests.map(() => expectedAuth));
  expect(zd.state.requests.map((r) => r.path)).toEqual([
    '/api/v2/help_center/articles.json?per_page=100',
    '/api/v2/help_center/articles.json?page=2&per_page=2',
    '/api/v2/help_center/articles.json?page=2&per_page=2',
    '/api/v2/macros.json?per_page=100&active=true',
  ]);

  zd.state.deleted.add(104);
  await source.getByTestId('kb-agent-source-sync').click();
  await expect(status).toContainText('Fetched 4: 0 added, 0 updated, 4 unchanged, 1 removed.', { timeout: 10_000 });
  await expect(storedCount(page, 'zendesk:kbtest.zendesk.com')).toHaveText('4');

  // Refused credentials: said in plain words, and the stored articles stay.
  await page.getByTestId('kb-add-base-url').fill('https://kbrefused.zendesk.com');
  await page.getByTestId('kb-add-bearer').check();
  await page.getByTestId('kb-add-secret').fill('expired');
  await page.getByTestId('kb-add-source').click();
  const refused = page.getByTestId('kb-agent-source').filter({ hasText: 'kbrefused.zendesk.com' });
  await refused.getByTestId('kb-agent-source-sync').click();
  await expect(refused.getByTestId('kb-agent-source-status')).toContainText('The credentials were refused');
  await expect(page.getByTestId('kb-stored-total')).toHaveText('4');

  // The credentials are in the extension's own IndexedDB only: not synced, and not in storage.local, which
  // content scripts can read in Firefox (issue 14 item 5).
  const stored = await ext.worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    secrets: await new Promise<unknown>((resolve) => {
      const r = indexedDB.open('tandem-secrets');
      r.onsuccess = () => {
        const q = r.result.transaction('secrets').objectStore('secrets').getAll();
        q.onsuccess = () => resolve(q.result);
      };
    }),
  }));
  expect(JSON.stringify(stored.secrets)).toContain('api-token-123');
  expect(JSON.stringify(stored.local)).not.toContain('api-token-123');
  expect(JSON.stringify(stored.sync)).not.toContain('api-token-123');
});

/** Puts knowledge sources in the agent's stored settings, as earlier versions' JSON field saved them. */
async function storeSettingsSources(ext: { worker: import('@playwright/test').Worker }, sources: unknown[]) {
  await ext.worker.evaluate(async (list) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), knowledgeSources: list } });
  }, sources);
}

test('a source kept in the settings is listed with "Sync now" (no JSON field), shows its last sync after a reload, and can be removed', async ({ ext }) => {
  const zd = fakeZendesk();
  await ext.context.route('https://kbtest.zendesk.com/**', zd.handler);
  const page = await openOptions(ext);
  await expect(page.getByTestId('save')).toBeEnabled();
  await expect(page.locator('#knowledge-sources')).toHaveCount(0); // the old JSON editor is gone
  await storeSettingsSources(ext, [{ id: 'faq', kind: 'url', url: 'https://kbtest.zendesk.com/exports/faq.md', name: 'Company FAQ' }]);
  const src = page.getByTestId('kb-policy-source');
  await expect(src).toContainText('Company FAQ');
  await src.getByTestId('kb-policy-source-sync').click();
  await expect(src.getByTestId('kb-policy-source-status')).toContainText('Fetched 1: 1 added, 0 updated, 0 unchanged, 0 removed.');
  await expect(storedCount(page, 'url:https://kbtest.zendesk.com/exports/faq.md')).toHaveText('1');

  // Saving the rest of the settings keeps the source (the form no longer holds it, but must not drop it).
  await page.getByTestId('save').click();
  await expect(page.locator('#save-status')).toHaveText('Saved.');
  await page.reload();
  await expect(src.getByTestId('kb-policy-source-status')).toContainText('(Sync now): Fetched 1: 1 added');

  await src.getByTestId('kb-policy-source-remove').click();
  await expect(src).toHaveCount(0);
  const stored = await ext.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { knowledgeSources: unknown[] }).knowledgeSources);
  expect(stored).toEqual([]);
  await expect(storedCount(page, 'url:https://kbtest.zendesk.com/exports/faq.md')).toHaveText('1'); // its articles stay
});

test('a source with refreshHours is synced by the background alarm, without a click, and says so', async ({ ext }) => {
  const zd = fakeZendesk();
  await ext.context.route('https://kbtest.zendesk.com/**', zd.handler);
  const page = await openOptions(ext);
  await storeSettingsSources(ext, [{ id: 'faq', kind: 'url', url: 'https://kbtest.zendesk.com/exports/faq.md', name: 'Company FAQ', refreshHours: 6 }]);
  const src = page.getByTestId('kb-policy-source');
  await expect(src.getByTestId('kb-policy-source-refresh')).toHaveText(' · refresh every 6 h');
  // The alarm the worker created at start-up would first fire a minute in; bring it forward.
  await ext.worker.evaluate(() => chrome.alarms.create('tandem-kb-refresh', { when: Date.now() + 100, periodInMinutes: 15 }));
  await expect(storedCount(page, 'url:https://kbtest.zendesk.com/exports/faq.md')).toHaveText('1');
  await expect(src.getByTestId('kb-policy-source-status')).toContainText('(scheduled): Fetched 1: 1 added');
});
