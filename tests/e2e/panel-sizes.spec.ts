// The panel at the sizes a real side panel has (400×900 and 360×640), for every demo ticket, in light, dark and
// right to left: the primary actions and the first draft (its text and its Insert) are on screen without
// scrolling, axe finds no serious or critical violation, and a screenshot of each is written to
// test-results/panel-sizes/ (the paths are printed and attached to the report).
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DEMO_TICKETS } from '../../demo/tickets';
import { expect, test } from './fixtures';

const SIZES = [
  { width: 400, height: 900 },
  { width: 360, height: 640 },
] as const;
const MODES = ['light', 'dark', 'rtl'] as const;
const OUT = resolve('test-results/panel-sizes');
/** PANEL_SIZES_ONLY=400x900-light measures one combination (for quick figures); unset runs them all. */
const ONLY = process.env.PANEL_SIZES_ONLY;

/** How far the page must scroll (px) before the whole element is on screen; 0 when it already is. */
async function scrollNeeded(panel: Page, el: Locator): Promise<number> {
  await panel.evaluate(() => window.scrollTo(0, 0));
  const box = await el.boundingBox({ timeout: 2_000 }).catch(() => null);
  if (!box) return Number.POSITIVE_INFINITY;
  const height = await panel.evaluate(() => window.innerHeight);
  return Math.max(0, Math.ceil(box.y + box.height - height));
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const ticket of DEMO_TICKETS) {
  test(`${ticket.page} #${ticket.ticketId}: next step above the fold at real panel sizes`, async ({ ext, openPanel }, testInfo) => {
    // Six layouts, each screenshotted and scanned by axe: about 25 s on a quiet machine, over the default 60 s when
    // the machine is loaded (three of these timed out at load 21 while every assertion before them had passed).
    test.setTimeout(150_000);
    // The demo knowledge base, imported as an agent would: the panel then shows snippets as in the demo.
    const kbFiles = readdirSync(resolve('demo/kb')).filter((f) => f.endsWith('.md')).map((f) => resolve('demo/kb', f));
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByTestId('kb-file-input').setInputFiles(kbFiles);
    await expect(options.getByTestId('kb-import-result')).toBeVisible({ timeout: 30_000 });
    await options.close();

    const page = await ext.context.newPage();
    await page.goto(ticket.url);
    await page.evaluate(() => (window as any).__demo.ready);
    const panel = await openPanel(page);
    await expect(panel.getByTestId('ticket-subject')).toHaveText(ticket.subject, { timeout: 15_000 });
    await expect(panel.getByTestId('snippet').first()).toBeVisible();
    mkdirSync(OUT, { recursive: true });

    for (const size of SIZES) {
      for (const mode of MODES) {
        const label = `${ticket.page.replace('.html', '')}-${ticket.ticketId}-${size.width}x${size.height}-${mode}`;
        if (ONLY && !label.endsWith(ONLY)) continue;
        await panel.setViewportSize(size);
        await panel.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light' });
        await panel.evaluate((dir) => (document.documentElement.dir = dir), mode === 'rtl' ? 'rtl' : 'ltr');

        const draftReply = panel.getByTestId('draft-reply');
        const reachDraftReply = await scrollNeeded(panel, draftReply);
        if ((await panel.getByTestId('draft-text').count()) === 0) {
          await draftReply.click();
          await expect(panel.getByTestId('draft-text')).not.toBeEmpty({ timeout: 10_000 });
          await expect(panel.getByTestId('draft-insert')).toBeEnabled();
        }
        const reachInsert = await scrollNeeded(panel, panel.getByTestId('draft-insert'));
        console.log(`scroll to reach: ${label}: Draft reply ${reachDraftReply} px, draft Insert ${reachInsert} px`);

        expect.soft(reachDraftReply, `${label}: Draft reply on screen`).toBe(0);
        for (const id of ['ask-ai', 'handoff-summary']) {
          expect.soft(await scrollNeeded(panel, panel.getByTestId(id)), `${label}: ${id} on screen`).toBe(0);
        }
        expect.soft(reachInsert, `${label}: the draft's Insert on screen`).toBe(0);
        // The draft itself starts on screen (its text scrolls inside its own box when it is long).
        const text = await panel.getByTestId('draft-text').boundingBox();
        expect.soft(text && text.y + 40 <= size.height, `${label}: the draft text starts on screen`).toBe(true);
        // Nothing wider than the panel.
        expect.soft(await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${label}: no sideways scroll`).toBeLessThanOrEqual(0);
        expect.soft(await seriousViolations(panel), `${label}: axe`).toEqual([]);

        const file = resolve(OUT, `${label}.png`);
        await panel.screenshot({ path: file });
        await testInfo.attach(label, { path: file, contentType: 'image/png' });
        console.log(`screenshot: ${file}`);
      }
    }
  });
}
