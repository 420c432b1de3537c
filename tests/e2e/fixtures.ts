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
      const panel = await ext.context.newPage();
      await panel.goto(ext.panelUrl(tabId));
      return panel;
    });
  },
});

export const expect = test.expect;
