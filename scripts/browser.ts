// Launch Debian's Chromium with the built extension loaded and the demo helpdesks routed: shared by the e2e
// tests and the demo (run through scripts/run-ts.mjs).
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentTypeFor, demoFileFor, DEMO_ROUTE_GLOBS } from '../demo/routes';
import { CHROMIUM, QUIET_FLAGS } from './chromium.mjs';

export const EXTENSION_PATH = resolve('.output/chrome-mv3');

export const DEMO_DIST = resolve('demo/dist');

/**
 * Serves the demo helpdesk pages at real-looking helpdesk URLs inside a browser context, so the extension's
 * content-script match patterns run exactly as they do on Zendesk, Intercom and Freshdesk. Anything else on those
 * hosts gets a 404: the demo never reaches the network.
 */
export async function routeDemoHelpdesks(context: BrowserContext): Promise<void> {
  for (const glob of DEMO_ROUTE_GLOBS) {
    await context.route(glob, async (route) => {
      const file = demoFileFor(route.request().url());
      const path = file && join(DEMO_DIST, file);
      if (path && existsSync(path)) await route.fulfill({ path, contentType: contentTypeFor(path) });
      else await route.fulfill({ status: 404, body: 'not part of the demo' });
    });
  }
}

export interface LaunchOptions {
  headless?: boolean;
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
  /** A built extension other than .output/chrome-mv3 (a test's copy with extra host access, as an admin's own
   *  package would have: README, "Rolling Tandem out"). */
  extensionPath?: string;
}

export async function launchWithExtension({ headless = true, userDataDir, viewport = { width: 1280, height: 800 }, extensionPath = EXTENSION_PATH }: LaunchOptions = {}) {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'tandem-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...QUIET_FLAGS],
  });
  await routeDemoHelpdesks(context);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    /** The browser's id for the tab showing `page` (the panel pins to it with ?tabId=). */
    async tabIdOf(page: Page): Promise<number | undefined> {
      return worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    },
    panelUrl(tabId?: number) {
      return `chrome-extension://${extensionId}/sidepanel.html${tabId ? `?tabId=${tabId}` : ''}`;
    },
    async close() {
      await context.close();
      if (!userDataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
