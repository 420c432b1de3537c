// A helpdesk Tandem has never heard of ("HelpHive", tests/fixtures/custom-helpdesk), described by the agent on
// the options page: the form, the live preview in the helpdesk's tab, validation that keeps the agent's input,
// and then the content script reading a freshly loaded HelpHive page with the saved config, the panel showing it
// and inserting into its editor.
//
// The page is served at a *.zendesk.com host, which the manifest already grants (a headless test cannot click
// the browser's permission prompt); its markup is nothing like Zendesk's and its path is not /agent/, so the
// built-in Zendesk adapter does not detect it: only the custom config can read it.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIXTURE = readFileSync(resolve('tests/fixtures/custom-helpdesk/helphive.html'), 'utf8');
const HOST = 'helphive-custom.zendesk.com';

async function serveHelpHive(context: import('@playwright/test').BrowserContext, host: string) {
  // Registered after the demo routes, so it wins for this host (Playwright runs the newest matching route first).
  await context.route(`https://${host}/**`, (route) =>
    /^\/tickets\/\d+$/.test(new URL(route.request().url()).pathname)
      ? route.fulfill({ body: FIXTURE, contentType: 'text/html; charset=utf-8' })
      : route.fulfill({ status: 404, body: 'not part of the fixture' }),
  );
}

async function openOptions(ext: { context: import('@playwright/test').BrowserContext; extensionId: string }): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByTestId('ch-add')).toBeEnabled();
  return options;
}

test('an agent describes HelpHive on the options page; the preview, validation and then the panel work with it', async ({ ext, openPanel }) => {
  await serveHelpHive(ext.context, HOST);
  const helpdesk = await ext.context.newPage();
  await helpdesk.goto(`https://${HOST}/tickets/88`);
  const helpdeskTabId = await ext.tabIdOf(helpdesk);

  const options = await openOptions(ext);
  await options.getByTestId('ch-add').click();
  await options.getByTestId('ch-name').fill('HelpHive');
  await options.getByTestId('ch-urlPatterns').fill(`https://${HOST}/tickets/*`);
  const selectors: Record<string, string> = {
    subject: '.hh-title',
    message: '.hh-thread > .hh-entry',
    messageBody: '.hh-words',
    editor: '.hh-compose',
    requester: '.hh-customer',
    status: '.hh-state',
    messageAuthor: '.hh-who',
    messageTime: 'time',
    agentMessage: '.from-staff',
    internalMessage: '.hh-private',
  };
  for (const [key, value] of Object.entries(selectors)) await options.getByTestId(`ch-sel-${key}`).fill(value);

  // The preview starts on the most recently used helpdesk tab, not on the options page itself.
  await expect(options.getByTestId('ch-preview-tab')).toHaveValue(String(helpdeskTabId));
  await options.getByTestId('ch-preview-run').click();
  await expect(options.getByTestId('ch-preview-status')).toContainText('HelpHive · Case 88');
  await expect(options.getByTestId('ch-found-subject')).toHaveText('1 found · Parcel arrived crushed');
  await expect(options.getByTestId('ch-found-message')).toContainText('4 found');
  await expect(options.getByTestId('ch-found-messageBody')).toContainText('The parcel arrived crushed.');
  await expect(options.getByTestId('ch-found-requester')).toContainText('Maren Okafor <maren.okafor@example.org>');
  await expect(options.getByTestId('ch-found-messageAuthor')).toContainText('Maren Okafor');
  await expect(options.getByTestId('ch-snapshot-subject')).toHaveText('Parcel arrived crushed');
  await expect(options.getByTestId('ch-snapshot-requester')).toHaveText('Maren Okafor <maren.okafor@example.org>');
  await expect(options.getByTestId('ch-snapshot-messages')).toHaveText('4 (customer: 2, agent: 2, internal: 1)');
  await expect(options.getByTestId('ch-snapshot-editor')).toHaveText('textarea#reply.hh-reply');
  await expect(options.getByTestId('ch-snapshot-missing')).toContainText('tags');

  // A broken selector: the live preview names it, saving refuses with the error beside the field, and every
  // field keeps what the agent typed. Nothing reaches storage.
  await options.getByTestId('ch-sel-tags').fill('.hh-labels li[');
  await expect(options.getByTestId('ch-found-tags')).toContainText('is not a valid CSS selector');
  await options.getByTestId('ch-save').click();
  await expect(options.getByTestId('ch-error-tags')).toContainText('is not a valid CSS selector');
  await expect(options.getByTestId('ch-status')).toContainText('Nothing was saved');
  await expect(options.getByTestId('ch-sel-tags')).toHaveValue('.hh-labels li[');
  await expect(options.getByTestId('ch-name')).toHaveValue('HelpHive');
  await expect(options.getByTestId('ch-sel-subject')).toHaveValue('.hh-title');
  // The open form, with preview results and an error on screen, passes axe (serious and critical).
  const axe = await new AxeBuilder({ page: options }).include('[data-testid="custom-helpdesks"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const storedBefore = await ext.worker.evaluate(async () => (await chrome.storage.local.get('customAdapters')).customAdapters ?? []);
  expect(storedBefore).toEqual([]);

  // Corrected: the error goes as the agent types, the preview finds both tags, and the config saves.
  await options.getByTestId('ch-sel-tags').fill('.hh-labels li');
  await expect(options.getByTestId('ch-error-tags')).toHaveCount(0);
  await expect(options.getByTestId('ch-found-tags')).toContainText('2 found');
  await options.getByTestId('ch-save').click();
  await expect(options.getByTestId('ch-status')).toContainText('Saved “HelpHive”.');
  await expect(options.getByTestId('ch-item-helphive')).toContainText(`https://${HOST}/tickets/*`);
  const stored = (await ext.worker.evaluate(async () => (await chrome.storage.local.get('customAdapters')).customAdapters)) as unknown[];
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ id: 'helphive', name: 'HelpHive', selectors: { ...selectors, tags: '.hh-labels li' } });

  // A HelpHive page loaded now is read by the content script with the saved config.
  const page = await ext.context.newPage();
  await page.goto(`https://${HOST}/tickets/89`);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Parcel arrived crushed');
  await expect(panel.getByTestId('ticket-requester')).toContainText('Maren Okafor');
  await expect(panel.getByTestId('ticket-message-count')).toHaveText('4');

  await page.locator('#reply').fill('Kept: ');
  await panel.getByLabel('At the end').check();
  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('draft-insert')).toBeEnabled();
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
  await expect(page.locator('#reply')).toHaveValue(/^Kept: [\s\S]*Hi Maren,/);
  // Exactly once: one content script answers in this tab, however many ways its host was granted.
  expect((await page.locator('#reply').inputValue()).match(/Hi Maren,/g)).toHaveLength(1);
});

test('the preview asks for access to a host Tandem may not read yet, and says when a tab cannot be scripted', async ({ ext }) => {
  const otherHost = 'helphive.example.net';
  await serveHelpHive(ext.context, otherHost);
  const helpdesk = await ext.context.newPage();
  await helpdesk.goto(`https://${otherHost}/tickets/7`);
  const helpdeskTabId = await ext.tabIdOf(helpdesk);

  const options = await openOptions(ext);
  await options.getByTestId('ch-add').click();
  await options.getByTestId('ch-urlPatterns').fill(`https://${otherHost}/tickets/*`);
  // Saving would ask the browser for this host: the form says so before the click.
  await expect(options.getByTestId('ch-access-note')).toContainText(`https://${otherHost}/*`);

  await options.getByTestId('ch-preview-tab').selectOption(String(helpdeskTabId));
  await expect(options.getByTestId('ch-preview-run')).toHaveText(`Allow access to ${otherHost} and try`);
  await expect(options.getByTestId('ch-preview-status')).toContainText(`Tandem has no access to ${otherHost} yet`);

  // The browser's own pages are closed to every extension: the button is off and the reason is given.
  const blank = await ext.context.newPage();
  await blank.goto('chrome://version');
  const blankTabId = await ext.tabIdOf(blank);
  await options.getByTestId('ch-preview-tab').selectOption(String(blankTabId));
  await expect(options.getByTestId('ch-preview-run')).toBeDisabled();
  await expect(options.getByTestId('ch-preview-status')).toContainText('cannot be read by any extension');
});

test('configs an earlier version kept in the settings are listed once: editing and saving moves them to the agent\'s own, deleting removes them', async ({ ext }) => {
  const kept = (id: string) => ({
    id,
    name: `Old ${id}`,
    // (a host the manifest already grants: a headless test cannot answer a permission prompt)
    urlPatterns: [`https://${id}-old.zendesk.com/tickets/*`],
    selectors: { subject: 'h1', message: '.m', messageBody: '.b', editor: 'textarea' },
  });
  await ext.worker.evaluate(async (configs) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), customAdapters: configs } });
  }, [kept('olddesk'), kept('otherdesk')]);
  const options = await openOptions(ext);
  const settingsList = options.getByTestId('ch-list-settings');
  await expect(settingsList.getByTestId('ch-item-olddesk')).toBeVisible();
  // No JSON field for them any more: the section is the one place they are shown.
  await expect(options.locator('#custom-adapters')).toHaveCount(0);

  // The main form's save keeps them (it no longer holds them).
  await options.getByTestId('save').click();
  await expect(settingsList.getByTestId('ch-item-otherdesk')).toBeVisible();

  await settingsList.getByTestId('ch-edit-olddesk').click();
  await options.getByTestId('ch-name').fill('Old desk, renamed');
  await options.getByTestId('ch-save').click();
  await expect(options.getByTestId('ch-list-own').getByTestId('ch-item-olddesk')).toContainText('Old desk, renamed');
  await expect(settingsList.getByTestId('ch-item-olddesk')).toHaveCount(0);

  await settingsList.getByTestId('ch-delete-otherdesk').click();
  await settingsList.getByTestId('ch-delete-yes-otherdesk').click();
  await expect(options.getByTestId('ch-list-settings')).toHaveCount(0);
  const stored = await ext.worker.evaluate(async () => {
    const got = (await chrome.storage.local.get(['settings', 'customAdapters'])) as {
      settings?: { customAdapters?: { id: string }[] };
      customAdapters?: { id: string }[];
    };
    return { inSettings: (got.settings?.customAdapters ?? []).map((c) => c.id), own: (got.customAdapters ?? []).map((c) => c.id) };
  });
  expect(stored).toEqual({ inSettings: [], own: ['olddesk'] });
});
