// Debian's firefox-esr with the built Firefox extension (.output/firefox-mv2) loaded, driven over WebDriver BiDi by
// puppeteer-core (Playwright's own Firefox cannot be downloaded here and Debian has no geckodriver: TOOLCHAIN.md).
// The demo helpdesk pages are served at their real helpdesk URLs through request interception, so the manifest's
// content-script match patterns run as they do in production.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { contentTypeFor, demoFileFor } from '../../demo/routes';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_PATH = resolve('.output/firefox-mv2');
export const DEMO_DIST = resolve('demo/dist');
export const GECKO_ID = 'tandem@tandem.example';
/** Pinned moz-extension:// host (Firefox otherwise picks a random one per profile). */
export const UUID = '5e0f3b8a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
export const EXT_ORIGIN = `moz-extension://${UUID}`;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Firefox {
  browser: Browser;
  /** A new tab showing a demo helpdesk URL, once the page's editor is ready. */
  openDemo(url: string): Promise<Page>;
  /** A new tab showing an extension page (options.html, sidepanel.html?tabId=...). */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's id for the tab showing `page`, asked from an extension page. */
  tabIdOf(page: Page): Promise<number>;
  /** The sidebar page (sidepanel.html) in a tab, pinned to the tab showing `page`. */
  openPanel(page: Page): Promise<Page>;
  /** Fills and saves the options page's API fields, as the agent does; resolves once it says "Saved.". */
  saveSettings(options: Page, values: { baseUrl?: string; apiKey?: string }): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) throw new Error(`Build the Firefox extension first: npx wxt build -b firefox (${EXTENSION_PATH})`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the harness reach moz-extension:// pages (BiDi refuses privileged contexts otherwise).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  try {
    await browser.installExtension(EXTENSION_PATH);
  } catch (error) {
    await browser.close();
    throw error;
  }
  let helper: Page | undefined;

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    // goto to a moz-extension:// page navigates but never reports its load over BiDi (the tab switches process):
    // start it, then wait for the extension's document itself.
    const url = `${EXT_ORIGIN}/${path}`;
    await page.goto(url, { timeout: 1000, waitUntil: 'domcontentloaded' }).catch(() => undefined);
    await page.waitForFunction((u) => location.href === u && document.readyState !== 'loading', { timeout: 15_000 }, url);
    return page;
  }

  async function tabIdOf(page: Page): Promise<number> {
    helper ??= await openExtensionPage('options.html');
    const url = page.url();
    for (let i = 0; i < 50; i++) {
      const ids: number[] = await helper.evaluate(async (u) => (await (globalThis as any).browser.tabs.query({})).filter((t: any) => t.url === u).map((t: any) => t.id), url);
      if (ids.length > 1) throw new Error(`${ids.length} tabs show ${url}: close the others first, the panel must pin to one`);
      if (ids.length === 1) return ids[0];
      await sleep(100);
    }
    throw new Error(`no tab for ${url}`);
  }

  return {
    browser,
    async openDemo(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => void serveDemo(request));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as any).__demo?.ready !== undefined);
      await page.evaluate(() => (window as any).__demo.ready);
      return page;
    },
    openExtensionPage,
    tabIdOf,
    async openPanel(page) {
      const tabId = await tabIdOf(page);
      return openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    },
    async saveSettings(options, values) {
      const fill = async (testId: string, value: string) => {
        const field = await waitForTestId(options, testId, ':not(:disabled)');
        await field.click({ count: 3 });
        await field.press('Backspace');
        await field.type(value);
      };
      if (values.baseUrl !== undefined) await fill('base-url', values.baseUrl);
      if (values.apiKey !== undefined) await fill('api-key', values.apiKey);
      await (await waitForTestId(options, 'save', ':not(:disabled)')).click();
      await waitUntil(() => options.$eval('#save-status', (e) => e.textContent ?? ''), (s) => s.startsWith('Saved'), 'options page saved');
    },
    async close() {
      await browser.close();
    },
  };
}

/** Polls `read` until `ok` holds; fails with what it last read. */
export async function waitUntil<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => undefined as T);
    if (last !== undefined && ok(last)) return last;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(last)}`);
    await sleep(100);
  }
}

export async function waitForTestId(page: Page, testId: string, extra = '', timeout = 15_000) {
  const handle = await page.waitForSelector(`[data-testid="${testId}"]${extra}`, { timeout });
  if (!handle) throw new Error(`no [data-testid="${testId}"]`);
  return handle;
}

/** The text of the element with that data-testid ('' while it does not exist). */
export async function testIdText(page: Page, testId: string): Promise<string> {
  return page.$eval(`[data-testid="${testId}"]`, (e) => (e as HTMLElement).innerText ?? e.textContent ?? '').catch(() => '');
}

/** Answers a request from demo/dist, 404 for anything else on the demo hosts; other requests go on untouched. */
async function serveDemo(request: HTTPRequest) {
  if (request.isInterceptResolutionHandled()) return;
  const url = request.url();
  if (!/^https:\/\/([^/]+\.zendesk\.com|app\.intercom\.com|[^/]+\.freshdesk\.com)\//.test(url)) {
    await request.continue().catch(() => undefined);
    return;
  }
  const file = demoFileFor(url);
  const path = file && join(DEMO_DIST, file);
  if (path && existsSync(path)) await request.respond({ status: 200, contentType: contentTypeFor(path), body: readFileSync(path) });
  else await request.respond({ status: 404, contentType: 'text/plain', body: 'not part of the demo' });
}
