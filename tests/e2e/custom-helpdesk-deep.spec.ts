// A helpdesk Tandem has never heard of, built the way many are today: web components with open shadow roots, and
// the conversation in a same-origin iframe ("Orbit Desk", tests/fixtures/adapters/custom/orbit.html and
// orbit-thread.html). document.querySelector sees none of the ticket. The agent describes it on the options page
// (selectors found automatically inside shadow roots and the frame, and one said explicitly with `>>>`), checks
// the live preview, saves; then the content script reads a freshly loaded page, follows a new message arriving
// inside a shadow root in the frame, and inserts into the reply editor that lives in a shadow root in the frame.
//
// Served at a *.zendesk.com host, which the manifest already grants (a headless test cannot click the browser's
// permission prompt); the path is not /agent/, so the built-in Zendesk adapter does not take the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DIR = 'tests/fixtures/adapters/custom';
const PAGE = readFileSync(resolve(DIR, 'orbit.html'), 'utf8');
const THREAD = readFileSync(resolve(DIR, 'orbit-thread.html'), 'utf8');
const HOST = 'orbit-custom.zendesk.com';

async function serveOrbit(context: BrowserContext) {
  await context.route(`https://${HOST}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (/^\/tickets\/\d+$/.test(path)) return route.fulfill({ body: PAGE, contentType: 'text/html; charset=utf-8' });
    if (path === '/tickets/orbit-thread.html') return route.fulfill({ body: THREAD, contentType: 'text/html; charset=utf-8' });
    return route.fulfill({ status: 404, body: 'not part of the fixture' });
  });
}

/** The conversation frame (Playwright's selectors go through open shadow roots, so this finds the iframe inside
 *  od-shell's shadow root). */
const thread = (page: Page): FrameLocator => page.frameLocator('iframe#agent');

/** Adds a message the way the helpdesk's own script would: a web component appended inside the timeline's
 *  shadow root, in the frame. */
async function customerWrites(page: Page, text: string) {
  const frame = page.frames().find((f) => f.url().endsWith('/tickets/orbit-thread.html'))!;
  await frame.evaluate((body) => {
    const m = document.createElement('od-message');
    m.setAttribute('from', 'customer');
    m.attachShadow({ mode: 'open' }).innerHTML =
      '<header><b class="od-author">Aroha Ngata</b> <time datetime="2026-09-15T10:00:00Z">Tue 10:00</time></header><div class="od-text"><slot></slot></div>';
    const p = document.createElement('p');
    p.textContent = body;
    m.append(p);
    document.querySelector('od-timeline')!.shadowRoot!.append(m);
  }, text);
}

test('Orbit Desk (web components + iframe): described and previewed on the options page, then read, followed and written into', async ({ ext, openPanel }) => {
  await serveOrbit(ext.context);
  const helpdesk = await ext.context.newPage();
  await helpdesk.goto(`https://${HOST}/tickets/5120`);
  await expect(thread(helpdesk).locator('.od-editor')).toBeVisible();
  const helpdeskTabId = await ext.tabIdOf(helpdesk);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByTestId('ch-add')).toBeEnabled();
  await options.getByTestId('ch-add').click();
  await expect(options.getByTestId('ch-selectors-deep')).toContainText('>>>');
  await options.getByTestId('ch-name').fill('Orbit Desk');
  await options.getByTestId('ch-urlPatterns').fill(`https://${HOST}/tickets/*`);
  // Plain selectors, found inside the shadow roots and the frame by themselves.
  const selectors: Record<string, string> = {
    subject: '.od-subject',
    message: 'od-message',
    messageBody: '.od-text',
    editor: 'od-composer',
    requester: 'od-requester',
    status: '.od-status',
    messageAuthor: '.od-author',
    messageTime: 'time',
    agentMessage: '[from=agent]',
    internalMessage: '[note]',
    tags: '.od-tags li',
  };
  for (const [key, value] of Object.entries(selectors)) await options.getByTestId(`ch-sel-${key}`).fill(value);
  await expect(options.getByTestId('ch-preview-tab')).toHaveValue(String(helpdeskTabId));
  await options.getByTestId('ch-preview-run').click();
  await expect(options.getByTestId('ch-preview-status')).toContainText('Orbit Desk · Ticket 5120');

  // The queue in the page's own DOM has an ".od-subject" too: a plain selector takes the document's first.
  await expect(options.getByTestId('ch-found-subject')).toHaveText('2 found · Refund for a double charge');
  // Said explicitly with >>>: the ticket's own subject, and where it lives.
  await options.getByTestId('ch-sel-subject').fill('od-shell >>> .od-subject');
  await expect(options.getByTestId('ch-found-subject')).toHaveText(
    '1 found · Two-factor codes never arrive by SMS · in the shadow root of od-shell › in the shadow root of od-ticket-header',
  );
  // A message's text as drawn: its author and time from its own shadow root, its words through a slot.
  await expect(options.getByTestId('ch-found-message')).toContainText('4 found · Aroha Ngata · Mon 08:05 Since Monday no two-factor code');
  await expect(options.getByTestId('ch-found-message-where')).toHaveText(
    'in the shadow root of od-shell › in the frame iframe#agent › in the shadow root of od-timeline',
  );
  await expect(options.getByTestId('ch-found-messageBody')).toContainText('Since Monday no two-factor code reaches my phone.');
  await expect(options.getByTestId('ch-found-messageAuthor')).toContainText('1 found · Aroha Ngata · ');
  await expect(options.getByTestId('ch-found-messageAuthor-where')).toHaveText(
    'in the shadow root of od-shell › in the frame iframe#agent › in the shadow root of od-timeline › in the shadow root of od-message',
  );
  await expect(options.getByTestId('ch-found-status')).toContainText('1 found · Open');
  await expect(options.getByTestId('ch-found-tags')).toContainText('3 found');
  await expect(options.getByTestId('ch-snapshot-subject')).toHaveText('Two-factor codes never arrive by SMS');
  await expect(options.getByTestId('ch-snapshot-requester')).toHaveText('Aroha Ngata <aroha.ngata@example.co.nz>');
  await expect(options.getByTestId('ch-snapshot-messages')).toHaveText('4 (customer: 2, agent: 2, internal: 1)');
  await expect(options.getByTestId('ch-snapshot-editor')).toHaveText(
    'div.od-editor · in the shadow root of od-shell › in the frame iframe#agent › in the shadow root of od-composer',
  );

  // A broken >>> selector: the broken part is named, in the preview and beside the field on save.
  await options.getByTestId('ch-sel-editor').fill('iframe#agent >>> od-composer[');
  await expect(options.getByTestId('ch-found-editor')).toContainText('has a part after the first ">>>" that is not a valid CSS selector: "od-composer["');
  await options.getByTestId('ch-save').click();
  await expect(options.getByTestId('ch-error-editor')).toContainText('not a valid CSS selector: "od-composer["');
  await expect(options.getByTestId('ch-status')).toContainText('Nothing was saved');
  // One that is valid but finds nothing: the preview says which part came up empty.
  await options.getByTestId('ch-sel-editor').fill('iframe#agent >>> od-compose');
  await expect(options.getByTestId('ch-found-editor')).toContainText('"iframe#agent" found 1, but nothing inside it (shadow root, frame or subtree) matches "od-compose"');
  await options.getByTestId('ch-sel-editor').fill('iframe#agent >>> od-composer');
  await expect(options.getByTestId('ch-found-editor')).toContainText('1 found');
  await options.getByTestId('ch-save').click();
  await expect(options.getByTestId('ch-status')).toContainText('Saved “Orbit Desk”.');

  // A page loaded now is read by the content script with the saved config.
  const page = await ext.context.newPage();
  await page.goto(`https://${HOST}/tickets/5121`);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Two-factor codes never arrive by SMS');
  await expect(panel.getByTestId('ticket-requester')).toContainText('Aroha Ngata');
  await expect(panel.getByTestId('ticket-message-count')).toHaveText('4');
  await expect(panel.getByTestId('ticket-last-customer-message')).toHaveText('It is One NZ. Still nothing this morning 😟');

  // A new message arrives inside the timeline's shadow root, in the frame: the panel follows.
  await customerWrites(page, 'Codes are arriving again, thanks!');
  await expect(panel.getByTestId('ticket-message-count')).toHaveText('5');
  await expect(panel.getByTestId('ticket-last-customer-message')).toHaveText('Codes are arriving again, thanks!');

  // Insert at the end of what the agent typed, into the editor in od-composer's shadow root, in the frame.
  const editor = thread(page).locator('.od-editor');
  await editor.click();
  await page.keyboard.type('Kept: ');
  await panel.getByLabel('At the end').check();
  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('draft-insert')).toBeEnabled();
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
  await expect(editor).toHaveText(/^Kept:[\s\S]*Hi Aroha,[\s\S]*Best regards,\s*$/);
  expect(((await editor.innerText()).match(/Hi Aroha,/g) ?? []).length).toBe(1);
  expect(await editor.innerText()).toMatch(/^Kept:\s*\n/); // a paragraph of its own, not glued to the agent's text
  // Nothing landed beside the web component: the composer's own children and shadow root are as they were.
  const composer = await thread(page).locator('od-composer').evaluate((el) => ({
    light: el.innerHTML.trim(),
    shadow: Array.from(el.shadowRoot!.children).map((c) => c.localName),
  }));
  expect(composer).toEqual({ light: '', shadow: ['style', 'label', 'div'] });
});
