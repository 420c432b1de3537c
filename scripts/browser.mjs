// Launch Debian's Chromium with the built extension loaded: shared by the e2e tests and the demo.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { routeDemoHelpdesks } from './demo-routes.mjs';
import { CHROMIUM, QUIET_FLAGS } from './chromium.mjs';

export const EXTENSION_PATH = resolve('.output/chrome-mv3');

export async function launchWithExtension({ headless = true, userDataDir, viewport = { width: 1280, height: 800 } } = {}) {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'tandem-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    args: [`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`, ...QUIET_FLAGS],
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
    async tabIdOf(page) {
      return worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    },
    panelUrl(tabId) {
      return `chrome-extension://${extensionId}/sidepanel.html${tabId ? `?tabId=${tabId}` : ''}`;
    },
    async close() {
      await context.close();
      if (!userDataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
