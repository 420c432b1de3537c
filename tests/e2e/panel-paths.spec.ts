// The common paths are short (issue 17): from opening a ticket, a grounded draft is in the helpdesk editor after
// 2 clicks (Draft reply, Insert), a snippet after 1, a refine ("friendlier") takes 1 more; and each works from the
// keyboard alone with the panel's shortcuts (d, i, f, 1), which its help lists. Real Chromium, the Zendesk demo
// page (CKEditor 5), the demo knowledge base, and the local mock Messages API for the AI's drafts.
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_TICKETS } from '../../demo/tickets';
import { startMockAnthropic, type MockAnthropic } from '../mock-anthropic/server';
import { expect, test } from './fixtures';

const zendesk = DEMO_TICKETS.find((t) => t.page === 'zendesk.html')!; // "Charged twice for my March invoice"

let mock: MockAnthropic;
test.beforeEach(async () => {
  mock = await startMockAnthropic();
});
test.afterEach(async () => {
  await mock.close();
});

async function setUp(ext: any, openPanel: (p?: Page) => Promise<Page>) {
  const kbFiles = readdirSync(resolve('demo/kb')).filter((f) => f.endsWith('.md')).map((f) => resolve('demo/kb', f));
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByTestId('kb-file-input').setInputFiles(kbFiles);
  await expect(options.getByTestId('kb-import-result')).toBeVisible({ timeout: 30_000 });
  await options.close();
  await ext.worker.evaluate(async (url: string) => {
    await chrome.storage.local.set({ settings: { baseUrl: url, model: 'claude-sonnet-5-5', maxTokens: 600, redact: true, agentName: 'Sam', brandVoice: '' }, apiKey: 'sk-ant-e2e' });
  }, mock.url);
  const page = await ext.context.newPage();
  await page.goto(zendesk.url);
  await page.evaluate(() => (window as any).__demo.ready);
  const panel = await openPanel(page);
  await panel.setViewportSize({ width: 400, height: 900 });
  await expect(panel.getByTestId('snippet').first()).toBeVisible({ timeout: 15_000 });
  const editor = () => page.evaluate(() => String((window as any).__demo.getEditorData()));
  return { page, panel, editor };
}

test('mouse: a grounded draft in 2 clicks, a refine in 1 more, a snippet in 1', async ({ ext, openPanel }) => {
  const { panel, editor } = await setUp(ext, openPanel);
  let clicks = 0;
  const click = async (id: string, nth = 0) => {
    clicks++;
    await panel.getByTestId(id).nth(nth).click();
  };

  await click('draft-reply');
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
  await expect(panel.getByTestId('citation-link').first()).toBeVisible(); // grounded: it cites the knowledge base
  await click('draft-insert');
  await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
  await expect.poll(editor).toContain('[mock:draft]');
  expect(clicks).toBe(2);

  await click('refine-friendlier');
  await expect(panel.getByTestId('draft-text')).toContainText('[mock:refine]', { timeout: 15_000 });
  expect(clicks).toBe(3);

  const before = clicks;
  await click('snippet-insert');
  await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
  expect(clicks - before).toBe(1);
  console.log(`paths (mouse): draft inserted in 2 clicks, refine 1 more, snippet 1`);
});

test('keyboard: d then i inserts a grounded draft, f refines it, 1 inserts the first snippet, ? shows the help', async ({ ext, openPanel }) => {
  const { panel, editor } = await setUp(ext, openPanel);
  let presses = 0;
  const press = async (key: string) => {
    presses++;
    await panel.keyboard.press(key);
  };

  await press('d');
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
  await press('i');
  await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
  await expect.poll(editor).toContain('[mock:draft]');
  expect(presses).toBe(2);

  await press('f');
  await expect(panel.getByTestId('draft-text')).toContainText('[mock:refine]', { timeout: 15_000 });
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done');
  expect(presses).toBe(3);

  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const dataBefore = await editor();
  await press('1');
  await expect.poll(editor).not.toBe(dataBefore);
  expect(presses).toBe(4);

  // The shortcuts are listed in the panel's help.
  await press('?');
  const help = panel.getByTestId('shortcuts-help');
  await expect(help.getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  for (const key of ['d', 'i', 'f', 'a', 's', '/', '?']) await expect(help.locator('kbd', { hasText: key }).first()).toBeVisible();
  console.log(`paths (keyboard): draft inserted in 2 key presses (d, i), refine 1 (f), snippet 1 (1)`);
});
