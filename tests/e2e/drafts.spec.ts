// Drafts in the real panel: the built extension in Chromium, the service worker calling the local mock Messages API
// with the real SDK, drafts streaming through IndexedDB into the panel. The ticket is written into the extension's
// IndexedDB from the service worker (the same rows the content script's report produces), so these tests do not
// depend on a particular helpdesk page.
import AxeBuilder from '@axe-core/playwright';
import { startMockAnthropic, type MockAnthropic } from '../mock-anthropic/server';
import { expect, test } from './fixtures';
import { configure, panelWithTicket, writeTicket } from './stored-ticket';

const TICKET = {
  helpdesk: 'zendesk',
  ticketId: '48213',
  // The page the test tab shows: the background keeps a tab's row only while the tab is on the page it describes.
  url: 'https://helpdesk.e2e.test/ticket/48213',
  subject: 'Refund for order #100234',
  status: 'open',
  tags: ['refund'],
  requester: { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
  messages: [
    {
      author: { name: 'Maria Lopez', email: 'maria.lopez@example.com', role: 'customer' },
      text: 'Hi, I returned order #100234 but I still have not received my refund. Call me on +1 (415) 555-0132.',
    },
  ],
};

let mock: MockAnthropic;
test.beforeEach(async () => {
  mock = await startMockAnthropic({ deltaDelayMs: 25 });
});
test.afterEach(async () => {
  await mock.close();
});


test('a draft streams into the panel, is refined, and versions are kept', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url);
  const { panel } = await panelWithTicket(ext, openPanel, TICKET);

  await panel.getByTestId('draft-reply').click();
  const text = panel.getByTestId('draft-text');
  // While it streams: part of the text on screen and the status says so.
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'streaming');
  await expect(text).toContainText('Hi Maria Lopez,');
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 10_000 });
  // Placeholders were restored for display; the request carried none of the real values.
  await expect(text).toContainText('maria.lopez@example.com');
  await expect(text).toContainText('[mock:draft]');
  await expect(text).toContainText('Tom Becker');
  expect(JSON.stringify(mock.requests[0].body)).not.toContain('maria.lopez@example.com');
  expect(JSON.stringify(mock.requests[0].body)).toContain('[EMAIL_1_');

  await panel.getByTestId('refine-friendlier').click();
  await expect(text).toContainText('[mock:refine]', { timeout: 10_000 });
  await expect(text).toContainText('warmer and friendlier');
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done');
  await panel.getByTestId('draft-versions').locator('summary').click();
  await expect(panel.getByTestId('draft-version')).toHaveCount(1);
  await expect(panel.getByTestId('draft-version').first()).toContainText('[mock:draft]');

  // Restore the first version: the refined text becomes a version too.
  await panel.getByRole('button', { name: /Restore version 1/ }).click();
  await expect(text).toContainText('[mock:draft]');
  await expect(text).not.toContainText('[mock:refine]');
  await expect(panel.getByTestId('draft-version')).toHaveCount(2);

  // The preview shows exactly what goes out: placeholders, not the customer's address.
  await panel.getByTestId('preview-toggle').click();
  await expect(panel.getByTestId('preview-body')).toContainText('<ticket>');
  await expect(panel.locator('.preview-text')).toContainText('[EMAIL_1_');
  await expect(panel.locator('.preview-text')).not.toContainText('maria.lopez@example.com');

  // Keyboard and screen-reader basics of the drafts and chat sections (labels, names, contrast).
  const axe = await new AxeBuilder({ page: panel }).include('[data-testid="drafts"]').include('[data-testid="chat"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a cut stream leaves the partial draft marked incomplete, and continue finishes it', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url);
  const { panel } = await panelWithTicket(ext, openPanel, TICKET);
  mock.setScenario([{ name: 'cut', afterDeltas: 3 }]);
  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'incomplete', { timeout: 10_000 });
  await expect(panel.getByTestId('draft-status')).toContainText(/Incomplete/);
  const partial = (await panel.getByTestId('draft-text').innerText()).trim();
  expect(partial.length).toBeGreaterThan(0);
  expect(partial).not.toContain('Best regards');
  await panel.getByTestId('draft-continue').click();
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 10_000 });
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  const continued = mock.requests[1].body.messages.at(-1);
  expect(continued.role).toBe('assistant');
});

test('offline: cached drafts still show, an offline draft is produced, the queued request runs when back online', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url);
  const { panel, tabId } = await panelWithTicket(ext, openPanel, TICKET);
  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 10_000 });
  const cached = await panel.getByTestId('draft-text').innerText();

  await ext.context.setOffline(true);
  await panel.reload();
  for (let i = 0; i < 20 && !(await panel.getByTestId('ticket-card').isVisible()); i++) {
    await writeTicket(ext.worker, tabId, TICKET);
    await panel.waitForTimeout(200);
  }
  await expect(panel.getByTestId('offline-banner')).toBeVisible();
  await expect(panel.getByTestId('draft-text')).toHaveText(cached);

  const before = mock.requests.length;
  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('offline-label')).toContainText('Offline draft');
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-kind', 'offline');
  await expect(panel.getByTestId('draft-text')).toContainText('Hi Maria,');
  await expect(panel.getByTestId('drafts-notice')).toHaveText('');
  expect(mock.requests.length).toBe(before);
  const options = panel.getByTestId('draft-picker').locator('option');
  await expect(options).toHaveCount(3);
  await expect(options.nth(1)).toContainText('queued');

  // Back online: the panel tells the background, the queued draft is written by the AI.
  await ext.context.setOffline(false);
  await expect.poll(() => mock.requests.length, { timeout: 10_000 }).toBe(before + 1);
  await expect(options.nth(1)).not.toContainText('queued', { timeout: 10_000 });
  await panel.getByTestId('draft-picker').selectOption({ index: 1 });
  await expect(panel.getByTestId('draft-text')).toContainText('[mock:draft]', { timeout: 10_000 });
});

test('a draft written before the latest customer message asks before inserting', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url);
  const { panel, tabId } = await panelWithTicket(ext, openPanel, TICKET);
  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 10_000 });
  await expect(panel.getByTestId('draft-stale')).toHaveCount(0);
  const newer = { ...TICKET, messages: [...TICKET.messages, { author: { name: 'Maria Lopez', email: 'maria.lopez@example.com', role: 'customer' }, text: 'Any news?' }] };
  await writeTicket(ext.worker, tabId, newer);
  await expect(panel.getByTestId('draft-stale')).toBeVisible();
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('stale-confirm')).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByTestId('stale-confirm')).toHaveCount(0);
});

test('no API key: an honest offline draft, and the rate-limit countdown shows', async ({ ext, openPanel }) => {
  await configure(ext.worker, mock.url, '');
  const { panel } = await panelWithTicket(ext, openPanel, TICKET);
  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('offline-label')).toContainText('No API key');
  expect(mock.requests.length).toBe(0);

  await configure(ext.worker, mock.url);
  mock.setScenario([{ name: 'rate_limit', retryAfterSeconds: 3 }, 'ok']);
  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('draft-status')).toContainText(/Too many requests.*Retrying in [1-3] s/);
  await expect(panel.getByTestId('draft')).toHaveAttribute('data-status', 'done', { timeout: 10_000 });
  expect(mock.requests.length).toBe(2);
});
