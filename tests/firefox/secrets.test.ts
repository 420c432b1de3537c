// Issue 14 item 5 in Firefox: the agent's secrets stay out of every storage area a content script can read. In
// Firefox a content script reads storage.local (and storage.sync) exactly as the extension's pages do, so these
// areas are read from an extension page: what is there, the helpdesk page's content script could read too. The
// secrets belong in the extension's own IndexedDB (lib/secrets), which content scripts cannot open (they see the
// page's origin's databases). Was a by-hand check (tests/firefox/secrets-check.mjs) before this suite.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchFirefox, sleep, waitUntil, type Firefox } from './harness';

const API_KEY = 'sk-ant-firefox-never-in-a-content-script';
const LEGACY_TOKEN = 'ff-legacy-token-never-in-a-content-script';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
});

it("the API key and a knowledge-source token are only in the extension's IndexedDB, never in storage a content script reads", async () => {
  const options = await ff.openExtensionPage('options.html');
  // As a version before lib/secrets kept it (storage.local): the background moves it out and deletes the copy.
  await options.evaluate(
    (token) =>
      (globalThis as any).browser.storage.local.set({
        kbSources: [{ id: 'intercom#1', config: { kind: 'intercom', accessToken: token, baseUrl: 'https://api.intercom.io' }, addedAt: 1 }],
      }),
    LEGACY_TOKEN,
  );
  // The key as the agent saves it on the options page.
  await ff.saveSettings(options, { apiKey: API_KEY });

  const readable = () =>
    options.evaluate(async () => {
      const b = (globalThis as any).browser;
      const area = async (name: string) => (b.storage[name] ? JSON.stringify(await b.storage[name].get(null)) : '');
      return { local: await area('local'), sync: await area('sync'), session: await area('session') };
    });
  const areas = await waitUntil(readable, (a) => !a.local.includes(LEGACY_TOKEN), 'the legacy token moved out of storage.local');
  // A moment more, so a late write (a settings save, a migration) would be seen too.
  await sleep(500);
  const settled = await readable();
  expect(areas.local.length).toBeGreaterThan(2); // the areas were really read: settings live in storage.local
  for (const [name, text] of Object.entries(settled)) {
    expect(text, `storage.${name}`).not.toContain(API_KEY);
    expect(text, `storage.${name}`).not.toContain(LEGACY_TOKEN);
  }

  // Both are kept, where only the extension's own pages reach.
  const secrets = await options.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('tandem-secrets');
        open.onsuccess = () => {
          try {
            const all = open.result.transaction('secrets').objectStore('secrets').getAll();
            all.onsuccess = () => resolve(JSON.stringify(all.result));
          } catch (error) {
            resolve(`no secrets store: ${(error as Error).message}`);
          }
        };
        open.onerror = () => resolve(`cannot open: ${open.error}`);
      }),
  );
  expect(secrets).toContain(API_KEY);
  expect(secrets).toContain(LEGACY_TOKEN);
});
