// Accessibility: axe-core on the side panel (opened as a tab) and the options page, in light and dark colour
// schemes. Serious and critical violations fail the test, listed with their selectors so they can be fixed.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Audit entries written straight into the extension's IndexedDB (created by the page's first read). */
async function seedAudit(page: Page) {
  await page.evaluate(async () => {
    const now = Date.now();
    const rows = [
      { at: now - 3_600_000, action: 'ticket_opened', ticketKey: 'zendesk:1' },
      { at: now - 3_500_000, action: 'draft_generated', ticketKey: 'zendesk:1', detail: { draftId: 'd1' } },
      { at: now - 3_400_000, action: 'draft_inserted', ticketKey: 'zendesk:1', detail: { draftId: 'd1', chars: 640, via: 'execCommand' } },
      { at: now - 90_000_000, action: 'alert_shown', ticketKey: 'zendesk:2', detail: { kind: 'legal_threat' } },
    ];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tandem');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('audit', 'readwrite');
      for (const row of rows) tx.objectStore('audit').add(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  // (`ext` is asked for to start the extension: Playwright sets up only the fixtures a test names)
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  test(`side panel has no serious or critical axe violations (${colorScheme})`, async ({ ext, openPanel }) => {
    const panel = await openPanel();
    await panel.emulateMedia({ colorScheme });
    await expect(panel.locator('main')).toBeVisible();
    expect(await seriousViolations(panel)).toEqual([]);
  });

  test(`options page has no serious or critical axe violations (${colorScheme})`, async ({ ext }) => {
    const options = await ext.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    // "No policy" shows once Chromium's first read of managed storage after launch answers: seconds on a busy
    // machine (TOOLCHAIN.md), more than the default 5 s once in a CI run.
    await expect(options.getByTestId('policy-none')).toBeVisible({ timeout: 15_000 });
    await expect(options.getByTestId('storage-counts')).toBeVisible();
    // Some activity, so the audit table and the analytics chart are on the page when axe looks.
    await seedAudit(options);
    await options.reload();
    await expect(options.getByTestId('audit-table')).toBeVisible();
    await expect(options.getByTestId('analytics').locator('svg')).toBeVisible();
    // Open the delete confirmation too: it is part of the page an agent reaches by keyboard.
    await options.getByTestId('delete-all').click();
    await expect(options.getByTestId('delete-all-confirm')).toBeFocused();
    expect(await seriousViolations(options)).toEqual([]);
  });
}

test('options page is usable right to left and with long strings', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.setViewportSize({ width: 420, height: 800 });
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByTestId('storage-counts')).toBeVisible();
  await options.evaluate(() => {
    document.documentElement.dir = 'rtl';
    // A long German-style compound and a long URL: neither may widen the page past the window.
    for (const label of document.querySelectorAll('label')) label.textContent = `${label.textContent} Datenschutzeinstellungsverwaltungsoberfläche`;
  });
  await options.getByTestId('base-url').fill(`https://${'very-long-subdomain.'.repeat(8)}example.com/anthropic`);
  const overflow = await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // In RTL the legend starts on the right.
  const legend = await options.locator('legend').first().boundingBox();
  const fieldset = await options.locator('fieldset').first().boundingBox();
  expect(legend!.x + legend!.width).toBeGreaterThan(fieldset!.x + fieldset!.width / 2);
  expect(await seriousViolations(options)).toEqual([]);
});
