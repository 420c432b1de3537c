// Issue 16 through the real path, on a demo helpdesk page: the content script reads the Freshdesk demo ticket (no
// ticket written into IndexedDB by the test), "Draft reply" in the panel, the Messages API mock asks for get_order on
// the ticket's order number, the agent approves (supervised), the demo MCP server receives the real order number
// (the model only ever saw a placeholder), the fact card shows, the draft cites it, and Insert puts the cited draft
// into the page's Froala editor.
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/browser';
import { DEMO_TICKETS } from '../../demo/tickets';
import { startDemoMcpServer, type DemoMcpServer } from '../../demo/mcp/server';
import { startMockAnthropic, type MockAnthropic } from '../mock-anthropic/server';
import { expect, test } from './fixtures';

// "Order #TD-55120 still not delivered after 12 days" (demo/tickets.ts); the demo MCP server knows that order.
const TICKET = DEMO_TICKETS.find((t) => t.page === 'freshdesk.html' && t.ticketId === '388')!;
const ORDER = 'TD-55120';
const EMAIL = 'chloe.dubois@example.fr';

let mock: MockAnthropic;
let mcp: DemoMcpServer;
test.beforeEach(async () => {
  mock = await startMockAnthropic({ deltaDelayMs: 5 });
  mcp = await startDemoMcpServer(0);
});
test.afterEach(async () => {
  await mock.close();
  await mcp.close();
});

async function openDemo(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__demo?.ready !== undefined);
  await page.evaluate(() => (window as any).__demo.ready);
}

/** Text of the Froala editor's model, tags dropped (as foundation.spec.ts reads it). */
async function editorText(page: Page): Promise<string> {
  const html = String(await page.evaluate(() => (window as any).__demo.getEditorHtml()));
  return html
    .replace(/<\/(p|li|div)>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^<>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"');
}

type Ext = Awaited<ReturnType<typeof launchWithExtension>>;

/** Claude's settings through the options page, as an agent types them (the mock wants a key, as the API does), and
 *  the demo MCP server as the agent's connector, supervised. */
async function configure(ext: Ext, tools?: string[]) {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByTestId('save')).toBeEnabled({ timeout: 30_000 });
  await options.getByTestId('api-key').fill('sk-ant-e2e');
  await options.getByTestId('base-url').fill(mock.url);
  await options.getByTestId('save').click();
  await expect(options.locator('#save-status')).toHaveClass(/\bok\b/);
  // The connector as the Connectors section stores it: its Save asks the browser for host access, a prompt
  // Playwright cannot answer (connectors.spec.ts stores it the same way).
  await ext.worker.evaluate(
    async ([url, allowed]) => {
      const connector = { id: 'demo-company', name: 'Demo company', kind: 'mcp', url, ...(allowed ? { tools: allowed } : {}) };
      await chrome.storage.local.set({ connectors: { autonomy: 'supervised', connectors: [connector] } });
    },
    [mcp.url, tools ?? null] as const,
  );
  await expect(options.getByTestId('conn-item')).toContainText('Demo company');
  await expect(options.getByTestId('conn-autonomy')).toHaveValue('supervised');
  await options.close();
}

test('demo ticket: read by the content script, get_order approved, the real order number reaches the MCP server, the cited draft is inserted', async ({ ext, openPanel }) => {
  expect(TICKET).toBeDefined();
  await configure(ext);

  const page = await ext.context.newPage();
  await openDemo(page, TICKET.url);
  const panel = await openPanel(page);
  // The content script read the page: the panel shows the ticket from the page, nothing written by the test.
  await expect(panel.getByTestId('ticket-subject')).toHaveText(TICKET.subject, { timeout: 15_000 });
  await panel.getByLabel('At the end').check();

  await panel.getByTestId('draft-reply').click();
  const approval = panel.getByTestId('tool-approval');
  await expect(approval).toBeVisible({ timeout: 15_000 });
  await expect(approval).toContainText('Demo company/get_order');
  // The agent sees the real order number the model referred to by placeholder; nothing has run yet.
  await expect(approval).toContainText(ORDER);
  expect(mcp.calls).toEqual([]);
  await expect(panel.getByTestId('fact-card')).toHaveCount(0);

  await panel.getByTestId('tool-approve').click();
  const card = panel.locator('[data-testid="fact-card"][data-status="done"]');
  await expect(card).toBeVisible({ timeout: 15_000 });
  await expect(card).toContainText('Demo company/get_order');
  await expect(card).toContainText('in transit: held at carrier depot');
  // The server got the ticket's real order number (order numbers are not personal data: the model sees them as
  // written), and the customer's e-mail, in the ticket and in the tool's result, never reached the model.
  expect(mcp.calls.map((c) => c.tool)).toEqual(['get_order']);
  expect(String(mcp.calls[0].args.order_id)).toContain(ORDER);
  expect(String(mcp.calls[0].args.order_id)).not.toMatch(/\[[A-Z]+_\d+_/);
  expect(mock.requests.filter((r) => JSON.stringify(r.body).includes(EMAIL))).toEqual([]);

  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
  const number = ((await card.locator('h3').first().textContent()) ?? '').match(/\[(\d+)\]/)?.[1];
  expect(number, 'the fact card carries a citation number').toBeTruthy();
  const text = panel.getByTestId('draft-text');
  await expect(text).toContainText('From Demo company/get_order');
  await expect(text).toContainText(`[${number}]`);
  await expect(text).toContainText(ORDER);

  await expect(panel.getByTestId('draft-insert')).toBeEnabled();
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
  await expect.poll(() => editorText(page)).toContain('From Demo company/get_order');
  const inserted = await editorText(page);
  expect(inserted).toContain(ORDER);
  expect(inserted).toContain(`[${number}]`);
  // The mock echoes the placeholders it was sent; the panel restored them before inserting (the "[EMAIL_1_k3x9]"
  // it also echoes is the system prompt's own example, not one of this ticket's).
  expect(inserted).toContain(EMAIL);
});

test('demo ticket: the model asks get_account_status with a placeholder, the demo MCP server receives the real e-mail', async ({ ext, openPanel }) => {
  await configure(ext, ['get_account_status']);
  const page = await ext.context.newPage();
  await openDemo(page, TICKET.url);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('ticket-subject')).toHaveText(TICKET.subject, { timeout: 15_000 });

  await panel.getByTestId('draft-reply').click();
  const approval = panel.getByTestId('tool-approval');
  await expect(approval).toBeVisible({ timeout: 15_000 });
  await expect(approval).toContainText('Demo company/get_account_status');
  await expect(approval).toContainText(EMAIL);
  expect(mcp.calls).toEqual([]);
  await panel.getByTestId('tool-approve').click();

  const card = panel.locator('[data-testid="fact-card"][data-status="done"]');
  await expect(card).toBeVisible({ timeout: 15_000 });
  await expect(card).toContainText('Demo company/get_account_status');
  // The model only had a placeholder for the e-mail; the server got the real address.
  const toolUse = mock.requests
    .flatMap((r) => r.body.messages as { role: string; content: unknown }[])
    .flatMap((m) => (Array.isArray(m.content) ? m.content : []))
    .find((b: any) => b.type === 'tool_use') as { input: { email: string } } | undefined;
  expect(toolUse?.input.email).toMatch(/^\[EMAIL_\d+_[a-z0-9]+\]$/);
  expect(mcp.calls).toEqual([{ tool: 'get_account_status', args: { email: EMAIL } }]);
  expect(mock.requests.filter((r) => JSON.stringify(r.body).includes(EMAIL))).toEqual([]);
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
  await expect(panel.getByTestId('draft-text')).toContainText('From Demo company/get_account_status');
});
