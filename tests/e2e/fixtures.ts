// Playwright fixtures: Debian's Chromium with the built extension loaded, demo helpdesk pages served at their
// real-looking helpdesk URLs (so the manifest's match patterns are exercised as in production), and the side
// panel opened as an extension page.
import { test as base, type Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/browser';

type Extension = Awaited<ReturnType<typeof launchWithExtension>>;

export const test = base.extend<{
  ext: Extension;
  /** Opens the panel as a tab; with a helpdesk page, pinned to that page's tab. */
  openPanel: (tabPage?: Page) => Promise<Page>;
}>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const ext = await launchWithExtension();
    await use(ext);
    await ext.close();
  },
  openPanel: async ({ ext }, use) => {
    await use(async (tabPage?: Page) => {
      const tabId = tabPage ? await ext.tabIdOf(tabPage) : undefined;
      // The background handles its first ticket report only once Chromium's first read of managed storage after
      // launch has answered (seconds, more on a busy machine: TOOLCHAIN.md). Tests time what the panel does after
      // that, so wait for it here rather than lengthen every first expectation.
      await ext.worker.evaluate(() => chrome.storage.managed.get().catch(() => undefined));
      const panel = await ext.context.newPage();
      await panel.goto(ext.panelUrl(tabId));
      return panel;
    });
  },
});

export const expect = test.expect;
