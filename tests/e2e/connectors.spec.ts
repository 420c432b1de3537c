// Issue 16 end to end: the built extension in Chromium, the local Messages API mock speaking tool use, and a real MCP
// server (the SDK's, Streamable HTTP on 127.0.0.1). The AI asks, the agent approves in the panel, the tool runs in the
// service worker with the real value restored, the fact card shows, the draft cites it, and no personal data from
// the tool's result reaches the model.
import AxeBuilder from '@axe-core/playwright';
import type { Worker } from '@playwright/test';
import { startMockAnthropic, type MockAnthropic } from '../mock-anthropic/server';
import { startTestMcpServer, TEST_MCP_PERSONAL, type TestMcpServer } from '../mcp/server';
import { expect, test } from './fixtures';
import { configure, panelWithTicket } from './stored-ticket';

const TICKET = {
  helpdesk: 'zendesk',
  ticketId: '48213',
  url: 'https://helpdesk.e2e.test/ticket/48213',
  subject: 'Refund for order #100234',
  status: 'open',
  tags: ['refund'],
  requester: { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
  messages: [
    {
      author: { name: 'Maria Lopez', email: 'maria.lopez@example.com', role: 'customer' },
      text: 'Hi, my account maria.lopez@example.com still shows the old plan and my refund for order #100234 is missing.',
    },
  ],
};

let mock: MockAnthropic;
let mcp: TestMcpServer;
test.beforeEach(async () => {
  mock = await startMockAnthropic({ deltaDelayMs: 5 });
  mcp = await startTestMcpServer();
});
test.afterEach(async () => {
  await mock.close();
  await mcp.close();
});

/** The agent's own connector and autonomy, as lib/connectors/settings.ts stores them (`local:connectors`). */
async function addConnector(worker: Worker, url: string, autonomy: 'supervised' | 'checkpoint', tools?: string[]) {
  await worker.evaluate(
    async ([u, level, allowed]) => {
      await chrome.storage.local.set({ connectors: { autonomy: level, connectors: [{ id: 'support', name: 'Support', kind: 'mcp', url: u, ...(allowed ? { tools: allowed } : {}) }] } });
    },
    [url, autonomy, tools ?? null] as const,
  );
}



const PERSONAL = [TEST_MCP_PERSONAL.email, TEST_MCP_PERSONAL.phone, 'maria.lopez@example.com'];
const leaks = (m: MockAnthropic) => PERSONAL.filter((v) => m.requests.some((r) => JSON.stringify(r.body).includes(v)));

test('supervised: the AI asks, the agent approves, the tool runs with the real value, the fact card shows, the draft cites it', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url);
  await addConnector(ext.worker, mcp.url, 'supervised', ['get_account_status', 'add_account_note']);
  const { panel } = await panelWithTicket(ext, openPanel, TICKET);

  const askedAt = Date.now();
  await panel.getByTestId('draft-reply').click();
  const approval = panel.getByTestId('tool-approval');
  await expect(approval).toBeVisible({ timeout: 15_000 });
  await expect(approval).toContainText('Support/get_account_status');
  // The agent sees the real value the model referred to by placeholder; nothing has run yet.
  await expect(approval).toContainText('maria.lopez@example.com');
  expect(mcp.calls).toEqual([]);

  // Keyboard and screen-reader basics of the approval card (names, labels, contrast).
  const axe = await new AxeBuilder({ page: panel }).include('[data-testid="tool-calls"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await panel.getByTestId('tool-approve').focus();
  const approvedAt = Date.now();
  await panel.keyboard.press('Enter');
  const card = panel.getByTestId('fact-card');
  await expect(card).toBeVisible({ timeout: 15_000 });
  const factShownMs = Date.now() - approvedAt;
  await expect(card).toContainText('[1] Support/get_account_status');
  await expect(card.getByTestId('tool-status')).toContainText('Found at');
  expect(mcp.calls.map((c) => [c.tool, c.args.email])).toEqual([['get_account_status', 'maria.lopez@example.com']]);

  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
  const text = panel.getByTestId('draft-text');
  await expect(text).toContainText('From Support/get_account_status');
  await expect(text).toContainText('[1]');
  // The tool's result went back redacted: no personal data reached the model.
  expect(leaks(mock)).toEqual([]);
  console.log(`[figures] approve -> fact card on screen: ${factShownMs} ms; draft asked -> done: ${Date.now() - askedAt} ms`);
});

test('checkpoint: a read-only call runs on its own and the answer waits; a changing call waits for a click and Deny runs nothing', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url);
  await addConnector(ext.worker, mcp.url, 'checkpoint', ['get_account_status', 'add_account_note']);
  const { panel } = await panelWithTicket(ext, openPanel, TICKET);

  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('fact-card')).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByTestId('tool-checkpoint')).toBeVisible();
  expect(mcp.calls.length).toBe(1);
  await panel.getByTestId('tool-continue').click();
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
  await expect(panel.getByTestId('draft-text')).toContainText('From Support/get_account_status');

  // The chat asks for a change (by directive): it waits for the agent, whatever the level.
  await panel.getByTestId('ask-ai').click();
  await panel.getByTestId('chat-input').fill('[[mock-tool:add_account_note {"email": "maria.lopez@example.com", "note": "refund checked"}]] Please note this.');
  await panel.getByTestId('chat-send').click();
  const approval = panel.getByTestId('tool-approval');
  await expect(approval).toBeVisible({ timeout: 15_000 });
  await expect(approval).toContainText(/may change data/);
  await panel.getByTestId('tool-deny').click();
  await expect(panel.locator('[data-testid="fact-card"][data-status="denied"]')).toBeVisible({ timeout: 15_000 });
  expect(mcp.notes).toEqual([]);
  expect(mcp.calls.filter((c) => c.tool === 'add_account_note')).toEqual([]);
  expect(leaks(mock)).toEqual([]);
});

test('faults: a tool error is shown on its card; a server that is down is named on the draft', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url);
  await addConnector(ext.worker, mcp.url, 'checkpoint', ['get_account_status']);
  const { panel } = await panelWithTicket(ext, openPanel, TICKET);
  await mcp.setMode('tool_error');
  await panel.getByTestId('draft-reply').click();
  const failed = panel.locator('[data-testid="fact-card"][data-status="error"]');
  await expect(failed).toBeVisible({ timeout: 15_000 });
  await expect(failed.getByTestId('tool-status')).toContainText('reported an error');
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
  await expect(panel.getByTestId('draft-text')).toContainText('failed');

  await mcp.setMode('down');
  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('tool-note')).toContainText('Could not reach Support', { timeout: 15_000 });
});

test('the service worker killed while a call waits: the call is shown as interrupted and never runs', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url);
  await addConnector(ext.worker, mcp.url, 'supervised', ['get_account_status']);
  const { panel } = await panelWithTicket(ext, openPanel, TICKET);
  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('tool-approval')).toBeVisible({ timeout: 15_000 });

  // Stop every service worker of the profile (as Chromium does to an idle MV3 worker, or a crash).
  const cdp = await ext.context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // The agent clicks Approve afterwards: the message starts a new worker, which has no such call waiting.
  await panel.waitForTimeout(500);
  await panel.getByTestId('tool-approve').click().catch(() => {});
  const interrupted = panel.locator('[data-testid="fact-card"][data-status="interrupted"]');
  await expect(interrupted).toBeVisible({ timeout: 15_000 });
  await expect(interrupted.getByTestId('tool-status')).toContainText('not run again');
  await panel.waitForTimeout(1000);
  expect(mcp.calls).toEqual([]);
});

test('without the AI: the look-up form, pre-filled from the ticket, runs a read-only tool; the fact feeds the offline draft', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url, '');
  await addConnector(ext.worker, mcp.url, 'checkpoint', ['get_order', 'add_account_note']);
  const { panel } = await panelWithTicket(ext, openPanel, TICKET);
  await panel.getByTestId('lookup-toggle').click();
  // Only read-only tools are offered here.
  await expect(panel.getByTestId('lookup-tool').locator('option')).toHaveText(['Support/get_order']);
  await expect(panel.getByTestId('lookup-field-order_id')).toHaveValue('100234');
  await panel.getByTestId('lookup-run').click();
  const card = panel.getByTestId('fact-card');
  await expect(card).toBeVisible({ timeout: 15_000 });
  await expect(card).toContainText('Support/get_order');
  expect(mcp.calls.map((c) => c.tool)).toEqual(['get_order']);

  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-kind', 'offline', { timeout: 15_000 });
  await expect(panel.getByTestId('draft-text')).toContainText('I checked our records:');
  await expect(panel.getByTestId('draft-text')).toContainText('[1]');
  expect(mock.requests.length).toBe(0);
});
