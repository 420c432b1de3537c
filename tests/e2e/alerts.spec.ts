// Sentiment and escalation in the browser: the alert banner quotes the customer, the toolbar badge of that tab
// shows the level, dismissing clears both, and the tone check reads the agent's reply from the real editor.
import { DEMO_TICKETS } from '../../demo/tickets';
import { expect, test } from './fixtures';

const zendesk = DEMO_TICKETS.find((t) => t.page === 'zendesk.html')!;

test('alerts show with evidence, the badge follows, dismissing clears them', async ({ ext, openPanel }) => {
  const page = await ext.context.newPage();
  await page.goto(zendesk.url);
  await page.evaluate(() => (window as any).__demo.ready);
  // The customer escalates: a chargeback threat and a cancellation.
  await page.evaluate(() =>
    (window as any).__demo.addMessage({ role: 'customer', text: 'This is unacceptable. I will file a chargeback with my bank and cancel my account.' }),
  );
  const panel = await openPanel(page);
  const banner = panel.getByTestId('alert-banner');
  await expect(banner).toBeVisible();
  await expect(banner.locator('[data-kind="legal_threat"]').last()).toContainText('chargeback');
  await expect(banner.locator('[data-kind="churn_risk"]').first()).toBeVisible();
  await expect(banner).toContainText('Suggested approach');

  const tabId = await ext.tabIdOf(page);
  const badge = () => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!);
  await expect.poll(badge).toMatch(/^!{1,2}$/);

  // Dismiss every alert: the banner goes and the badge clears.
  // One at a time, waiting for each to go: a count taken before the last dismissal re-rendered would race.
  const dismissButtons = banner.getByRole('button', { name: /^Dismiss alert/ });
  for (let remaining = await dismissButtons.count(); remaining > 0; remaining--) {
    await dismissButtons.first().click();
    await expect(dismissButtons).toHaveCount(remaining - 1);
  }
  await expect(banner).toHaveCount(0);
  await expect.poll(badge).toBe('');
});

test("the tone check reads the agent's reply from the editor and flags blame", async ({ ext, openPanel }) => {
  const page = await ext.context.newPage();
  await page.goto(zendesk.url);
  await page.evaluate(() => (window as any).__demo.ready);
  await page.locator('.ck-editor__editable:visible').first().click();
  await page.keyboard.type('As I already told you, you should have read the instructions. This will never happen again, guaranteed.');
  const panel = await openPanel(page);
  await panel.getByTestId('section-tone').click(); // folded by default: one click opens it (and is remembered)
  await panel.getByTestId('tone-check').click();
  const result = panel.getByTestId('tone-result');
  await expect(result.locator('li').first()).toBeVisible();
  await expect(result).toContainText('you should have');
});
