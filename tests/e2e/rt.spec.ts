// Request Tracker 5, a real helpdesk (Debian's request-tracker5, started by scripts/rt/setup-rt.sh), read and
// written into through the built extension: the agent adds RT as a preset on the options page, opens a ticket
// that came in by mail, with an agent reply and an internal comment made through RT's REST API, and the panel
// shows the thread with the right roles; on RT's reply page (which shows no thread) the panel keeps it; a draft
// goes into RT's CKEditor 4 exactly once, checked with CKEditor's own getData() (what RT submits).
// When RT does not answer, the test fails with the reason: it never skips.
import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchWithExtension } from '../../scripts/browser';
import { RT_HOST, RT_PASSWORD, RT_URL, RT_USER, assertRtUp, comment, correspond, extensionWithRtAccess, mailIn, ticketIdBySubject } from './rt/rt';

const CUSTOMER = { fromName: 'Dana Whitfield', fromEmail: 'dana.whitfield@example.com' };
const CUSTOMER_TEXT = 'My card was charged twice for invoice INV-2291 this month. Please refund the duplicate charge.';
const AGENT_TEXT = 'Hi Dana, sorry about that. I am checking with billing now.';
const COMMENT_TEXT = 'Internal: billing confirms the duplicate capture, refund approved by finance.';

type Ext = Awaited<ReturnType<typeof launchWithExtension>>;

async function storedTicket(ext: Ext, id: number) {
  return ext.worker.evaluate(async (ticketId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tandem');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<{ snapshot: { ticketId: string; messages: { author: { role: string; name?: string }; internal?: boolean; text: string }[] } }[]>((resolve) => {
      const req = db.transaction('tickets').objectStore('tickets').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return rows.map((r) => r.snapshot).find((s) => s.ticketId === String(ticketId)) ?? null;
  }, id);
}

async function logIn(page: Page) {
  await page.goto(`${RT_URL}/`);
  await page.locator('input[name="user"]').fill(RT_USER);
  await page.locator('input[name="pass"]').fill(RT_PASSWORD);
  await page.locator('input[type="submit"][value="Login"]').click();
  await expect(page.locator('input[name="pass"]')).toHaveCount(0, { timeout: 20_000 });
}

test('Request Tracker: thread with roles and comments, kept on the reply page, a draft inserted once into CKEditor 4', async () => {
  test.setTimeout(120_000);
  await assertRtUp();
  const subject = `Charged twice on INV-2291 (${Date.now()})`;
  mailIn({ ...CUSTOMER, subject, body: CUSTOMER_TEXT });
  const id = await ticketIdBySubject(subject);
  await correspond(id, AGENT_TEXT);
  await comment(id, COMMENT_TEXT);

  const extensionPath = extensionWithRtAccess();
  const ext = await launchWithExtension({ extensionPath });
  try {
    // The preset: the host, one click.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByTestId('ch-preset-rt-host').fill(RT_HOST);
    await options.getByTestId('ch-preset-rt-add').click();
    await expect(options.getByTestId('ch-preset-status')).toContainText(`Request Tracker at http://${RT_HOST}/rt added.`);
    await expect(options.getByTestId('ch-list-own')).toContainText('Request Tracker');
    await options.close();

    const page = await ext.context.newPage();
    await logIn(page);
    await page.goto(`${RT_URL}/Ticket/Display.html?id=${id}`);
    const tabId = await ext.tabIdOf(page);
    await ext.worker.evaluate(() => chrome.storage.managed.get().catch(() => undefined));
    const panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl(tabId));

    await expect(panel.getByTestId('ticket-subject')).toHaveText(subject);
    await expect(panel.getByTestId('ticket-requester')).toContainText('Dana Whitfield');
    await expect(panel.getByTestId('ticket-status')).toContainText(/open|new/);
    await expect(panel.getByTestId('ticket-message-count')).toHaveText('3');
    // The customer's words, not the agent's reply or the internal comment.
    await expect(panel.getByTestId('ticket-last-customer-message')).toContainText('charged twice for invoice INV-2291');
    const stored = await storedTicket(ext, id);
    expect(stored?.messages.map((m) => [m.author.role, !!m.internal])).toEqual([
      ['customer', false],
      ['agent', false],
      ['agent', true],
    ]);
    expect(stored?.messages[2].text).toContain('billing confirms the duplicate capture');

    // RT's reply page shows no thread and no requester: the panel keeps what it knows of the ticket.
    await page.goto(`${RT_URL}/Ticket/Update.html?Action=Respond&id=${id}`);
    await page.locator('#cke_UpdateContent iframe.cke_wysiwyg_frame').waitFor();
    await panel.reload();
    await expect(panel.getByTestId('ticket-subject')).toHaveText(subject);
    await expect(panel.getByTestId('ticket-message-count')).toHaveText('3');
    await expect(panel.getByTestId('ticket-requester')).toContainText('Dana Whitfield');

    // A draft (offline: no API key) inserted once into CKEditor 4's own model.
    await panel.getByTestId('draft-reply').click();
    const draft = panel.getByTestId('draft-text');
    await expect(draft).not.toBeEmpty({ timeout: 15_000 });
    await expect(panel.getByTestId('draft-insert')).toBeEnabled({ timeout: 15_000 });
    const draftText = (await draft.innerText()).trim();
    const firstLine = draftText.split('\n').find((l) => l.trim().length > 8)!.trim();
    await panel.getByTestId('draft-insert').click();
    await expect(panel.getByTestId('insert-status')).toContainText('Inserted', { timeout: 15_000 });
    // Give a late paste handler every chance to insert a second copy before counting.
    await page.waitForTimeout(1500);
    // CKEditor's own model, as RT submits it (the page's world: an isolated world cannot see window.CKEDITOR).
    const { data, plain } = await page.evaluate(() => {
      const html = (window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR.instances.UpdateContent.getData();
      const div = document.createElement('div');
      div.innerHTML = html;
      return { data: html, plain: (div.textContent ?? '').replace(/\s+/g, ' ') };
    });
    const needle = firstLine.replace(/\s+/g, ' ');
    expect(plain.split(needle).length - 1, `CKEditor's data: ${data.slice(0, 400)}`).toBe(1);
    // The hidden textarea CKEditor replaced was not the target.
    expect(await page.locator('textarea#UpdateContent').inputValue()).not.toContain(needle);
  } finally {
    await ext.close();
    rmSync(extensionPath, { recursive: true, force: true });
  }
});
