// Firefox check of issue 14 item 5, run by hand until the Firefox harness exists (it is NOT part of CI, and
// puppeteer-core is not a dependency of this repo). Needs firefox-esr (apt) and puppeteer-core 25 (TOOLCHAIN.md):
//   npx wxt build -b firefox && npm i --no-save puppeteer-core@25.16 && node tests/firefox/secrets-check.mjs .output/firefox-mv2
// In Firefox, content scripts can read storage.local (access levels exist only for storage.session), so this
// saves an API key on the options page and plants a legacy knowledge-source token in storage.local, then checks
// that neither is in storage.local / storage.session and both are in the extension's own IndexedDB.
// Seen 2026-12-06 (firefox-esr, puppeteer-core 25.16): this branch prints OK; the code before it prints FAIL
// with the key and token in storage.local.
import puppeteer from 'puppeteer-core';
const EXT = (await import('node:path')).resolve(process.argv[2] ?? '.output/firefox-mv2');
const UUID = '5e0f3b8a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const browser = await puppeteer.launch({
  browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, args: ['--remote-allow-system-access'],
  extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'tandem@tandem.example': UUID }) },
});
const out = {};
try {
  out.id = await browser.installExtension(EXT);
  const page = await browser.newPage();
  await page.goto(`moz-extension://${UUID}/options.html`, { timeout: 8000 }).catch((e) => (out.gotoNote = e.message.slice(0, 80)));
  await new Promise((r) => setTimeout(r, 2500));
  out.title = await page.title();
  // 1. Legacy copy in storage.local (as versions before this one kept it): the background moves it out.
  await page.evaluate(() => browser.storage.local.set({ kbSources: [{ id: 'i#1', config: { kind: 'intercom', accessToken: 'ff-legacy-token' }, addedAt: 1 }] }));
  // 2. The key as the agent saves it on the options page.
  await page.evaluate(async () => {
    for (let i = 0; i < 50 && !document.querySelector('[data-testid="api-key"]:not(:disabled)'); i++) await new Promise((r) => setTimeout(r, 100));
    const input = document.querySelector('[data-testid="api-key"]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'sk-ant-firefox-secret');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 100));
    document.querySelector('[data-testid="save"]').click();
    await new Promise((r) => setTimeout(r, 1500));
  });
  out.saveStatus = await page.evaluate(() => document.querySelector('#save-status')?.textContent);
  out.local = await page.evaluate(async () => JSON.stringify(await browser.storage.local.get(null)));
  out.session = await page.evaluate(async () => (browser.storage.session ? JSON.stringify(await browser.storage.session.get(null)) : 'n/a'));
  out.secrets = await page.evaluate(
    () => new Promise((resolve) => {
      const r = indexedDB.open('tandem-secrets');
      r.onsuccess = () => {
        try {
          const q = r.result.transaction('secrets').objectStore('secrets').getAll();
          q.onsuccess = () => resolve(JSON.stringify(q.result));
        } catch (e) {
          resolve('no secrets store: ' + e.message);
        }
      };
      r.onerror = () => resolve('error ' + r.error);
    }),
  );
} finally {
  await browser.close();
}
console.log(JSON.stringify(out, null, 1));
const leaked = /sk-ant-firefox-secret|ff-legacy-token/.test(out.local + out.session);
const kept = /sk-ant-firefox-secret/.test(out.secrets) && /ff-legacy-token/.test(out.secrets);
console.log(leaked ? 'FAIL: a secret is in a content-script-readable area' : 'OK: no secret in storage.local / storage.session', kept ? '| both kept in the extension IndexedDB' : '| NOT kept in IndexedDB');
process.exitCode = leaked || !kept ? 1 : 0;
