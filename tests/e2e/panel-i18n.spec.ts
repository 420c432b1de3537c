// The side panel with right-to-left text and long translated strings: nothing may widen the panel past its window
// (German-style compounds, long URLs), and headings start on the right in RTL.
import { DEMO_TICKETS } from '../../demo/tickets';
import { expect, test } from './fixtures';

const zendesk = DEMO_TICKETS.find((t) => t.page === 'zendesk.html')!;

test('side panel is usable right to left and with long strings', async ({ ext, openPanel }) => {
  const page = await ext.context.newPage();
  await page.goto(zendesk.url);
  await page.evaluate(() => (window as any).__demo.ready);
  const panel = await openPanel(page);
  await panel.setViewportSize({ width: 360, height: 900 });
  await expect(panel.getByTestId('ticket-card')).toBeVisible();
  await expect(panel.getByTestId('draft-reply')).toBeVisible();
  await panel.evaluate(() => {
    document.documentElement.dir = 'rtl';
    // Every label the panel owns gets a long compound appended, as a long translation would.
    for (const el of document.querySelectorAll('button, label, legend, summary, h2, h3, .hint, .empty-title')) {
      el.append(' Kundendienstantwortentwurfsüberarbeitungsvorschlag');
    }
  });
  await panel.getByTestId('snippet-search').fill(`https://${'very-long-subdomain.'.repeat(8)}example.com/articles`);
  const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // In RTL the knowledge heading starts on the right of its card (its fold marker comes first, on the right).
  const marker = await panel.getByTestId('section-knowledge').locator('.chevron').boundingBox();
  const card = await panel.getByTestId('snippets').boundingBox();
  expect(marker!.x).toBeGreaterThan(card!.x + card!.width / 2);
  // The buttons stay inside the panel.
  for (const box of await panel.locator('button:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    expect(box.left).toBeGreaterThanOrEqual(-1);
    expect(box.right).toBeLessThanOrEqual(361);
  }
});
