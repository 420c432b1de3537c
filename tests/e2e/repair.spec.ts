// "Fix how Tandem reads this page" end to end: a helpdesk page none of the adapters can read (HelpHive, served at a
// *.zendesk.com host so the manifest's content script runs there, but nothing like Zendesk's markup), repaired from
// the panel by pointing at the subject, one message, its author and the editor in the page itself; the preview
// shows the ticket before anything is saved, and after a reload the panel reads the ticket with the saved repair.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIXTURE = readFileSync(resolve('tests/fixtures/custom-helpdesk/helphive.html'), 'utf8');
const HOST = 'helphive-repair.zendesk.com';

async function serve(context: BrowserContext) {
  await context.route(`https://${HOST}/**`, (route) =>
    /^\/tickets\/\d+$/.test(new URL(route.request().url()).pathname)
      ? route.fulfill({ body: FIXTURE, contentType: 'text/html; charset=utf-8' })
      : route.fulfill({ status: 404, body: 'not part of the fixture' }),
  );
}

const storedOverrides = (worker: import('@playwright/test').Worker) =>
  worker.evaluate(async () => (await chrome.storage.local.get('adapterOverrides')).adapterOverrides ?? {});

async function startRepair(panel: Page, page: Page) {
  await expect(panel.getByTestId('no-ticket')).toBeVisible();
  await panel.getByTestId('repair-start').click();
  await expect(panel.getByTestId('repair-step')).toBeVisible();
  // The picker is drawn in the page (in a closed shadow root) once the content script got the request.
  await expect(page.locator('tandem-repair-picker')).toHaveCount(1);
  await page.bringToFront();
}

test('the agent repairs an unreadable page by pointing at it; preview, save, reload: the panel reads the ticket', async ({ ext, openPanel }) => {
  await serve(ext.context);
  const page = await ext.context.newPage();
  await page.goto(`https://${HOST}/tickets/88`);
  const panel = await openPanel(page);
  await startRepair(panel, page);

  // Clicks in the page are the picker's: the editor is not focused, nothing of the page reacts.
  await page.locator('.hh-title').click();
  // One of the customer's messages (its middle: the message's text, which means the whole message), its author.
  await page.locator('.hh-entry').nth(3).click();
  await page.locator('.hh-entry').nth(3).locator('.hh-who').click();
  await page.locator('#reply').click();
  await expect(page.locator('tandem-repair-picker')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('reply');

  await panel.bringToFront();
  const preview = panel.getByTestId('repair-preview');
  await expect(preview).toBeVisible();
  await expect(panel.getByTestId('repair-preview-subject')).toHaveText('Parcel arrived crushed');
  await expect(panel.getByTestId('repair-preview-messages')).toHaveText('4');
  // The customer's messages are told apart by their class: the others are the agents'.
  await expect(panel.getByTestId('repair-preview-roles')).toHaveText('customer: 2, agent: 2');
  await expect(panel.getByTestId('repair-preview-requester')).toHaveText('Maren Okafor');
  await expect(panel.getByTestId('repair-preview-editor')).toHaveText('textarea#reply.hh-reply');
  await expect(panel.getByTestId('repair-positional')).toHaveCount(0);
  // The policy entry an admin can paste: the plain custom config, with selectors on stable class names.
  const entry = JSON.parse((await panel.getByTestId('repair-json').textContent()) ?? '{}');
  expect(entry).toEqual({
    id: 'repair-helphive-repair-zendesk-com',
    name: HOST,
    urlPatterns: [`https://${HOST}/*`],
    selectors: {
      subject: '.hh-title', message: '.hh-entry', messageAuthor: '.hh-who', messageBody: '.hh-words', editor: '#reply',
      agentMessage: '.hh-entry:not(.from-customer)', requester: '.hh-entry.from-customer .hh-who',
    },
  });
  // "Copy as policy JSON" hands that same entry to the clipboard (the browser's clipboard is recorded here: an
  // extension origin cannot be granted clipboard-read in a test); when the browser refuses, the JSON is shown
  // selected for a manual copy.
  await panel.evaluate(() => {
    const w = window as unknown as { copied: string[]; refuse: boolean };
    w.copied = [];
    w.refuse = true;
    navigator.clipboard.writeText = async (text: string) => {
      if (w.refuse) throw new DOMException('refused', 'NotAllowedError');
      w.copied.push(text);
    };
  });
  await panel.getByTestId('repair-copy-json').click();
  await expect(panel.getByTestId('repair-copied')).toContainText('The browser refused the clipboard');
  await expect(panel.getByTestId('repair-json')).toBeVisible();
  expect(JSON.parse(await panel.evaluate(() => String(window.getSelection())))).toEqual(entry);
  await panel.evaluate(() => ((window as unknown as { refuse: boolean }).refuse = false));
  await panel.getByTestId('repair-copy-json').click();
  await expect(panel.getByTestId('repair-copied')).toHaveText('Copied: one entry for the customAdapters policy.');
  const copied = await panel.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(copied.map((c) => JSON.parse(c))).toEqual([entry]);
  // The preview, its buttons and the JSON pass axe (serious and critical).
  const axe = await new AxeBuilder({ page: panel }).include('[data-testid="repair-preview"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // Nothing is saved by the preview.
  expect(await storedOverrides(ext.worker)).toEqual({});

  await panel.getByTestId('repair-save').click();
  await expect(panel.getByTestId('repair-status')).toContainText(`Saved. Tandem now reads ${HOST}`);
  const stored = (await storedOverrides(ext.worker)) as Record<string, { layer?: string; selectors: { subject: string } }>;
  expect(Object.keys(stored)).toEqual([HOST]);
  expect(stored[HOST]).toMatchObject({ layer: 'override', selectors: { subject: '.hh-title' } });

  // The tab is read again with the repair at once: the panel shows the ticket.
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Parcel arrived crushed');
  // And a fresh load of another ticket on that host is read with it too.
  await page.goto(`https://${HOST}/tickets/90`);
  await panel.bringToFront();
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Parcel arrived crushed');
  await expect(panel.getByTestId('ticket-message-count')).toHaveText('4');
  await expect(panel.getByTestId('ticket-last-customer-message')).toContainText('Photo attached.');
  // The button stays, for the next repair; and the repair can be undone: the page is unreadable again.
  await expect(panel.getByTestId('repair-start')).toBeVisible();
  await panel.getByTestId('repair-remove').click();
  await expect(panel.getByTestId('no-ticket')).toBeVisible();
  await expect(panel.getByTestId('repair-status')).toHaveText(`Removed. Tandem reads ${HOST} as before.`);
  await expect(panel.getByTestId('repair-remove')).toHaveCount(0);
  expect(await storedOverrides(ext.worker)).toEqual({});
});

test('the picker works from the keyboard, and Esc in the page cancels with nothing saved', async ({ ext, openPanel }) => {
  await serve(ext.context);
  const page = await ext.context.newPage();
  await page.goto(`https://${HOST}/tickets/88`);
  const panel = await openPanel(page);
  await startRepair(panel, page);

  // The highlight starts on the heading (the subject): Enter picks it. The next step starts on what follows it
  // (.hh-state); Tab walks on to the thread and its first message; Enter; the author step starts on the message's
  // first child: Enter.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // ol.hh-thread
  await page.keyboard.press('Tab'); // the first message
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // At the editor step, Esc: the whole repair is cancelled.
  await page.keyboard.press('Escape');
  await expect(page.locator('tandem-repair-picker')).toHaveCount(0);
  await panel.bringToFront();
  await expect(panel.getByTestId('repair-status')).toHaveText('Cancelled. Nothing was saved.');
  await expect(panel.getByTestId('repair-preview')).toHaveCount(0);
  expect(await storedOverrides(ext.worker)).toEqual({});

  // The same keys through to the end give the preview of the ticket (the editor step starts on the textarea).
  await startRepair(panel, page);
  for (const key of ['Enter', 'Tab', 'Tab', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(key);
  await panel.bringToFront();
  await expect(panel.getByTestId('repair-preview-subject')).toHaveText('Parcel arrived crushed');
  await expect(panel.getByTestId('repair-preview-messages')).toHaveText('4');
  // Esc in the panel cancels the preview: still nothing saved.
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('repair-status')).toHaveText('Cancelled. Nothing was saved.');
  expect(await storedOverrides(ext.worker)).toEqual({});
});

test('inside web components and a same-origin frame (Orbit Desk): the picks cross shadow roots and the frame', async ({ ext, openPanel }) => {
  const dir = resolve('tests/fixtures/adapters/custom');
  const page_ = readFileSync(resolve(dir, 'orbit.html'), 'utf8');
  const thread = readFileSync(resolve(dir, 'orbit-thread.html'), 'utf8');
  const host = 'orbit-repair.zendesk.com';
  await ext.context.route(`https://${host}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (/^\/tickets\/\d+$/.test(path)) return route.fulfill({ body: page_, contentType: 'text/html; charset=utf-8' });
    if (path === '/tickets/orbit-thread.html') return route.fulfill({ body: thread, contentType: 'text/html; charset=utf-8' });
    return route.fulfill({ status: 404, body: 'not part of the fixture' });
  });
  const page = await ext.context.newPage();
  await page.goto(`https://${host}/tickets/5120`);
  const frame = page.frameLocator('iframe#agent');
  await expect(frame.locator('od-message').first()).toBeVisible();
  const panel = await openPanel(page);
  await startRepair(panel, page);

  // (Playwright's CSS locators reach into open shadow roots)
  await page.locator('od-ticket-header h1.od-subject').click();
  await frame.locator('od-message').nth(0).locator('.od-author').click(); // a click in a message: the whole message
  await frame.locator('od-message').nth(0).locator('.od-author').click();
  await frame.locator('.od-editor').click();
  await panel.bringToFront();
  await expect(panel.getByTestId('repair-preview-subject')).toHaveText('Two-factor codes never arrive by SMS');
  await expect(panel.getByTestId('repair-preview-messages')).toHaveText('4');
  await expect(panel.getByTestId('repair-preview-editor')).toContainText('div.od-editor');
  await expect(panel.getByTestId('repair-preview-roles')).toHaveText('customer: 2, agent: 2');
  await expect(panel.getByTestId('repair-preview-requester')).toHaveText('Aroha Ngata');
  const entry = JSON.parse((await panel.getByTestId('repair-json').textContent()) ?? '{}');
  expect(entry.selectors.message).toContain(' >>> ');
  expect(entry.selectors.messageAuthor).toBe('.od-author');

  await panel.getByTestId('repair-save').click();
  await page.reload();
  await panel.bringToFront();
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Two-factor codes never arrive by SMS');
  await expect(panel.getByTestId('ticket-message-count')).toHaveText('4');
});

test('the options page lists the saved repairs; removing one there makes the open tab read the page as before', async ({ ext, openPanel }) => {
  await serve(ext.context);
  // A repair as the panel saves it (the flow above), stored before the tab opens.
  const repair = {
    id: 'repair-helphive-repair-zendesk-com', name: HOST, urlPatterns: [`https://${HOST}/*`], layer: 'override',
    selectors: { subject: '.hh-title', message: '.hh-entry', messageAuthor: '.hh-who', messageBody: '.hh-words', editor: '#reply' },
  };
  await ext.worker.evaluate(async ([host, r]) => chrome.storage.local.set({ adapterOverrides: { [host as string]: r } }), [HOST, repair] as const);
  const page = await ext.context.newPage();
  await page.goto(`https://${HOST}/tickets/88`);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Parcel arrived crushed');

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const item = options.getByTestId('repairs-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(HOST);
  await expect(item).toContainText('.hh-title');
  await options.getByRole('button', { name: `Remove the repair for ${HOST}` }).click();
  await expect(options.getByTestId('repairs-empty')).toBeVisible();
  await expect(options.getByRole('status').filter({ hasText: 'Removed the repair' })).toContainText(HOST);
  expect(await storedOverrides(ext.worker)).toEqual({});

  // The open tab was told: it reads the page again without the repair, and the panel says it cannot read it.
  await panel.bringToFront();
  await expect(panel.getByTestId('no-ticket')).toBeVisible();
});
