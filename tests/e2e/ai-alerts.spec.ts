// The AI's second opinion on alerts in the browser (issue 15): with a key and features.aiAlerts on, a new customer
// message goes to the (mock) Messages API as one forced report_alerts tool call, redacted, and the panel shows the
// AI's alert beside the local ones, marked "AI". With the feature off nothing is sent.
import type { Worker } from '@playwright/test';
import { DEMO_TICKETS } from '../../demo/tickets';
import { startMockAnthropic, type MockAnthropic } from '../mock-anthropic/server';
import { expect, test } from './fixtures';

const zendesk = DEMO_TICKETS.find((t) => t.page === 'zendesk.html')!;

let mock: MockAnthropic;
test.beforeEach(async () => {
  mock = await startMockAnthropic();
});
test.afterEach(async () => {
  await mock.close();
});

async function configure(worker: Worker, baseUrl: string, aiAlerts: boolean) {
  await worker.evaluate(
    async ([url, on]) => {
      await chrome.storage.local.set({
        settings: { baseUrl: url, model: 'claude-sonnet-5-5', maxTokens: 800, redact: true, agentName: 'Tom', brandVoice: '',
          features: { drafts: true, chat: true, sentiment: true, knowledge: true, analytics: true, aiAlerts: on } },
        apiKey: 'sk-ant-e2e',
      });
    },
    [baseUrl, aiAlerts] as const,
  );
}

const alertCalls = (m: MockAnthropic) => m.requests.filter((r) => r.body?.tools?.some((t: { name: string }) => t.name === 'report_alerts'));

test('the AI second opinion shows beside the local alerts, marked AI, and its request is redacted', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url, true);
  const page = await ext.context.newPage();
  await page.goto(zendesk.url);
  await page.evaluate(() => (window as any).__demo.ready);
  // The mock's keyword stand-in flags "real person" as a person asked for, quoting the sentence.
  await page.evaluate(() =>
    (window as any).__demo.addMessage({ role: 'customer', text: 'Write to me at pat.doe@example.com. A real person needs to look at my case.' }),
  );
  const panel = await openPanel(page);
  const ai = panel.getByTestId('alert-banner').locator('[data-source="ai"][data-kind="human_requested"]');
  await expect(ai.first()).toBeVisible({ timeout: 10_000 });
  await expect(ai.first().getByTestId('alert-ai')).toHaveText('AI');
  await expect(ai.first()).toContainText('A real person needs to look at my case.');
  expect(alertCalls(mock).length).toBeGreaterThan(0);
  expect(JSON.stringify(alertCalls(mock).map((r) => r.body))).not.toContain('pat.doe@example.com');
});

test('with the feature off, nothing is sent and the local alerts stand alone', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url, false);
  const page = await ext.context.newPage();
  await page.goto(zendesk.url);
  await page.evaluate(() => (window as any).__demo.ready);
  await page.evaluate(() => (window as any).__demo.addMessage({ role: 'customer', text: 'This is unacceptable, I will call my lawyer.' }));
  const panel = await openPanel(page);
  await expect(panel.getByTestId('alert-banner').locator('[data-kind="legal_threat"]').first()).toBeVisible();
  await page.waitForTimeout(500);
  await expect(panel.locator('[data-source="ai"]')).toHaveCount(0);
  expect(alertCalls(mock)).toHaveLength(0);
});
