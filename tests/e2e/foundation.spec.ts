// The foundation, end to end in Debian's Chromium with the built extension: each demo helpdesk page is read into
// IndexedDB and shown in the panel; the panel follows new messages, SPA navigation and tab switches; one click
// inserts a greeting into the real editor's own model without destroying what the agent typed.
import type { Page } from '@playwright/test';
import { DEMO_TICKETS, type DemoTicketExpectation } from '../../demo/tickets';
import { expect, test } from './fixtures';

/** The first ticket each demo page opens on: one per editor. */
const PAGES = DEMO_TICKETS.filter((t, i, all) => all.findIndex((o) => o.page === t.page) === i);

const EDITABLE: Record<DemoTicketExpectation['editor'], string> = {
  ckeditor5: '.ck-editor__editable:visible',
  prosemirror: '.ProseMirror:visible',
  froala: '.fr-element:visible',
  textarea: 'textarea:visible',
};

/** What the editor itself would submit, as text (its own model, not the DOM). */
async function editorModel(page: Page, editor: DemoTicketExpectation['editor']): Promise<string> {
  const raw = await page.evaluate((kind) => {
    const demo = (window as any).__demo;
    if (kind === 'ckeditor5') return demo.getEditorData();
    if (kind === 'prosemirror') return demo.getEditorText();
    if (kind === 'froala') return demo.getEditorHtml();
    return demo.getEditorValue();
  }, editor);
  return String(raw)
    .replace(/<\/(p|li|div)>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^<>]+>/g, '')
    .replace(/&nbsp;/g, ' ');
}

async function openDemo(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__demo?.ready !== undefined);
  await page.evaluate(() => (window as any).__demo.ready);
}

for (const ticket of PAGES) {
  test.describe(`${ticket.page} (${ticket.editor})`, () => {
    test('the ticket is read into IndexedDB and shown in the panel', async ({ ext, openPanel }) => {
      const page = await ext.context.newPage();
      await openDemo(page, ticket.url);
      const panel = await openPanel(page);
      await expect(panel.getByTestId('ticket-subject')).toHaveText(ticket.subject);
      await expect(panel.getByTestId('ticket-requester')).toContainText(ticket.requester.name);
      await expect(panel.getByTestId('ticket-requester')).toContainText(ticket.requester.email);
      await expect(panel.getByTestId('ticket-status')).toHaveText(new RegExp(ticket.status, 'i'));
      await expect(panel.getByTestId('ticket-message-count')).toHaveText(String(ticket.messageCount));
      await expect(panel.getByTestId('ticket-last-customer-message')).not.toBeEmpty();

      // What the panel shows came from the database in the extension's origin.
      const stored = await ext.worker.evaluate(async (key) => {
        const open = indexedDB.open('tandem');
        const db: IDBDatabase = await new Promise((ok, fail) => ((open.onsuccess = () => ok(open.result)), (open.onerror = fail)));
        const req = db.transaction('tickets').objectStore('tickets').get(key);
        return new Promise<any>((ok) => (req.onsuccess = () => ok(req.result)));
      }, `${ticket.helpdesk}:${new URL(ticket.url).host}:${ticket.ticketId}`);
      expect(stored.snapshot.subject).toBe(ticket.subject);
      expect(stored.snapshot.messages.map((m: any) => m.author.role)).toEqual(ticket.roles);
      expect(stored.snapshot.messages.filter((m: any) => m.internal).length).toBe(ticket.internalCount);
    });

    test("Draft reply then Insert puts the draft into the editor's model and keeps the agent's text", async ({ ext, openPanel }) => {
      const page = await ext.context.newPage();
      await openDemo(page, ticket.url);
      const editable = page.locator(EDITABLE[ticket.editor]).first();
      await editable.click();
      await page.keyboard.type('Agent note kept.');
      await expect.poll(() => editorModel(page, ticket.editor)).toContain('Agent note kept.');

      const panel = await openPanel(page);
      await panel.getByLabel('At the end').check();
      // No API key here: the draft is the offline one, greeting the requester in their language.
      await panel.getByTestId('draft-reply').click();
      await expect(panel.getByTestId('draft-insert')).toBeEnabled();
      await panel.getByTestId('draft-insert').click();
      await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
      const firstName = ticket.requester.name.split(' ')[0];
      await expect.poll(() => editorModel(page, ticket.editor)).toContain(`Hi ${firstName},`);
      const model = await editorModel(page, ticket.editor);
      expect(model).toContain('Agent note kept.');
      expect(model).toContain('Thank you for contacting us');
      expect(model.indexOf('Agent note kept.')).toBeLessThan(model.indexOf(`Hi ${firstName},`));
    });

    test("replacing the agent's text asks first", async ({ ext, openPanel }) => {
      const page = await ext.context.newPage();
      await openDemo(page, ticket.url);
      await page.locator(EDITABLE[ticket.editor]).first().click();
      await page.keyboard.type('My own draft');
      await expect.poll(() => editorModel(page, ticket.editor)).toContain('My own draft');
      const panel = await openPanel(page);
      await panel.getByLabel('Replace').check();
      await panel.getByTestId('draft-reply').click();
      await expect(panel.getByTestId('draft-insert')).toBeEnabled();
      await panel.getByTestId('draft-insert').click();
      await expect(panel.getByTestId('insert-confirm')).toBeVisible();
      expect(await editorModel(page, ticket.editor)).toContain('My own draft');
      await panel.getByRole('button', { name: 'Yes, insert' }).click();
      await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
      await expect.poll(() => editorModel(page, ticket.editor)).not.toContain('My own draft');
      expect(await editorModel(page, ticket.editor)).toContain('Thank you for contacting us');
    });

    test('a new customer message reaches the panel within a second', async ({ ext, openPanel }) => {
      const page = await ext.context.newPage();
      await openDemo(page, ticket.url);
      const panel = await openPanel(page);
      await expect(panel.getByTestId('ticket-message-count')).toHaveText(String(ticket.messageCount));
      await page.evaluate(() => (window as any).__demo.addMessage({ role: 'customer', text: 'Any update? I am still waiting.' }));
      await expect(panel.getByTestId('ticket-message-count')).toHaveText(String(ticket.messageCount + 1), { timeout: 1000 });
      await expect(panel.getByTestId('ticket-last-customer-message')).toHaveText('Any update? I am still waiting.', { timeout: 1000 });
    });
  });
}

test('SPA navigation to another ticket in the same tab: the panel follows, and a stale insert is refused', async ({ ext, openPanel }) => {
  const [first, second] = DEMO_TICKETS.filter((t) => t.page === 'zendesk.html');
  const page = await ext.context.newPage();
  await openDemo(page, first.url);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('ticket-subject')).toHaveText(first.subject);
  await page.evaluate((id) => (window as any).__demo.openTicket(id), second.ticketId);
  await expect(panel.getByTestId('ticket-subject')).toHaveText(second.subject, { timeout: 1000 });
  expect(page.url()).toBe(second.url);

  // Text written for the first ticket must not land in the second one's editor.
  const tabId = await ext.tabIdOf(page);
  const result = await panel.evaluate(
    ([tab, ticketId, host]) => chrome.runtime.sendMessage({ id: 1, type: 'insertIntoTab', data: { tabId: tab, ticketId, host, text: 'Hi', mode: 'cursor' }, timestamp: Date.now() }),
    [tabId, first.ticketId, new URL(first.url).host] as const,
  );
  expect(JSON.stringify(result)).toContain(`written for ticket ${first.ticketId}`);
});

test('the panel follows the agent across tabs and says plainly when a tab is not a helpdesk', async ({ ext, openPanel }) => {
  await ext.context.route('https://www.example.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Not a helpdesk</h1>' }));
  const zendesk = await ext.context.newPage();
  await openDemo(zendesk, PAGES[0].url);
  const intercom = await ext.context.newPage();
  await openDemo(intercom, PAGES.find((p) => p.helpdesk === 'intercom')!.url);
  const other = await ext.context.newPage();
  await other.goto('https://www.example.com/');

  const panel = await openPanel(); // not pinned: follows the active tab
  await zendesk.bringToFront();
  // The first report after launch may wait for Chromium's first read of managed storage (seconds, TOOLCHAIN.md).
  await expect(panel.getByTestId('ticket-subject')).toHaveText(PAGES[0].subject, { timeout: 10_000 });
  await intercom.bringToFront();
  await expect(panel.getByTestId('ticket-subject')).toHaveText(PAGES.find((p) => p.helpdesk === 'intercom')!.subject);
  await other.bringToFront();
  await expect(panel.getByTestId('no-helpdesk')).toContainText("isn't a helpdesk Tandem supports");
});
