// Issue 14 item 5 in Chromium: the agent's secrets (API key, knowledge-source credentials and headers) are out of
// every area the real content script can read, and a page-only message sent from the content script's world is
// refused. The content script's isolated world is reached through the DevTools protocol (Playwright cannot
// evaluate there), so this runs in exactly the context a helpdesk page could drive.
import type { CDPSession, Page } from '@playwright/test';
import { DEMO_TICKETS } from '../../demo/tickets';
import { expect, test } from './fixtures';

const API_KEY = 'sk-ant-e2e-never-in-a-content-script';
const KB_TOKEN = 'intercom-token-e2e-never-in-a-content-script';
const KB_HEADER = 'Bearer header-e2e-never-in-a-content-script';

/** The extension's isolated world in `page`: the content script's own context. */
async function contentScriptWorld(page: Page, extensionId: string): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable'); // reports the contexts that exist already
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId)), { timeout: 10_000 }).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId))!;
  return { cdp, contextId: world.id };
}

async function evaluateIn<T>(world: { cdp: CDPSession; contextId: number }, expression: string): Promise<T> {
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', { expression, contextId: world.contextId, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(exceptionDetails)}`);
  return result.value as T;
}

test("the agent's secrets are out of the content script's reach, and page-only messages refuse it", async ({ ext }) => {
  test.setTimeout(60_000);
  // As an earlier version stored them (storage.local): the worker moves them out and deletes the old copies.
  await ext.worker.evaluate(
    async ([token, header]) => {
      await chrome.storage.local.set({
        kbSources: [{ id: 'intercom#1', config: { kind: 'intercom', accessToken: token, baseUrl: 'https://api.intercom.io' }, addedAt: 1 }],
        settings: { knowledgeSources: [{ id: 'kb', kind: 'api', url: 'https://kb.acme.test/a.json', headers: { Authorization: header } }] },
      });
    },
    [KB_TOKEN, KB_HEADER] as const,
  );
  await expect
    .poll(() => ext.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null))), { timeout: 10_000 })
    .not.toMatch(/never-in-a-content-script/);

  // The API key as the agent saves it, on the options page.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByTestId('api-key').fill(API_KEY);
  await options.getByTestId('save').click();
  await expect(options.locator('#save-status')).toHaveText('Saved.');

  // Positive control: the extension itself still has all three (its own IndexedDB).
  const kept = await options.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('tandem-secrets');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    return new Promise<string>((res) => {
      const r = db.transaction('secrets').objectStore('secrets').getAll();
      r.onsuccess = () => res(JSON.stringify(r.result));
    });
  });
  expect(kept).toContain(API_KEY);
  expect(kept).toContain(KB_TOKEN);
  expect(kept).toContain(KB_HEADER);
  // The knowledge source's headers are back in place where the extension uses them.
  await options.reload();
  await expect(options.getByTestId('kb-policy-source')).toHaveCount(1);

  // A helpdesk tab with the real content script.
  const tab = await ext.context.newPage();
  await tab.goto(DEMO_TICKETS[0].url);
  const world = await contentScriptWorld(tab, ext.extensionId);
  const seen = await evaluateIn<Record<string, string>>(
    world,
    `(async () => {
      const out = {};
      for (const area of ['local', 'sync', 'session', 'managed']) {
        try { out[area] = JSON.stringify(await chrome.storage[area].get(null)); } catch (e) { out[area] = 'error: ' + (e && e.message); }
      }
      out.indexedDB = JSON.stringify((await indexedDB.databases()).map((d) => d.name));
      out.sameWorld = String(typeof chrome.runtime.sendMessage === 'function' && location.href);
      out.preview = await chrome.runtime
        .sendMessage({ id: 1, type: 'draftsPreview', data: { action: { kind: 'draft', ticketKey: 'zendesk:1' }, online: false }, timestamp: Date.now() })
        .then((r) => JSON.stringify(r), (e) => 'error: ' + e.message);
      out.readEditor = await chrome.runtime
        .sendMessage({ id: 2, type: 'readEditorFromTab', data: { tabId: 1 }, timestamp: Date.now() })
        .then((r) => JSON.stringify(r), (e) => 'error: ' + e.message);
      return out;
    })()`,
  );
  expect(seen.sameWorld).toContain(new URL(DEMO_TICKETS[0].url).host); // really the content script, on the helpdesk page
  for (const [where, value] of Object.entries(seen)) {
    expect(value, where).not.toContain(API_KEY);
    expect(value, where).not.toContain(KB_TOKEN);
    expect(value, where).not.toContain(KB_HEADER);
  }
  expect(seen.local).toMatch(/^error: .*not allowed/i); // Chromium: the background's setAccessLevel
  expect(seen.indexedDB).not.toContain('tandem-secrets'); // the page origin's IndexedDB, not the extension's
  expect(seen.preview).toContain('Refused');
  expect(seen.readEditor).toContain('Refused');
});
