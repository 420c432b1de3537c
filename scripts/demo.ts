// Opens each demo helpdesk ticket with the Tandem panel beside it, with the co-worker gathering facts from the demo
// company's systems: a local Messages API mock (tests/mock-anthropic, speaking streamed tool use) stands in for
// Claude and the demo MCP server (demo/mcp) for the company's order and account systems, both in this process on
// 127.0.0.1, so no API key and no network are needed. Headed when there is a display (the panel opens as a window
// next to the tickets; the toolbar button opens the real side panel), headless otherwise: then each ticket and its
// panel, with the drafted reply, its fact cards and citations, are screenshotted side by side into demo-output/.
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from './browser';
import { DEMO_TICKETS } from '../demo/tickets';
import { startMockAnthropic, type MockAnthropic } from '../tests/mock-anthropic/server';
import { DEMO_MCP_PORT, startDemoMcpServer, type DemoMcpServer } from '../demo/mcp/server';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('demo-output');
/** The mock's usual port (tests/mock-anthropic/cli.ts uses the same); another free one when it is taken. */
const MOCK_PORT = 8787;

/** Start on the preferred port, or on any free one when it is taken (another demo or a test may hold it). */
async function onPort<T>(start: (port: number) => Promise<T>, preferred: number): Promise<T> {
  try {
    return await start(preferred);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    return start(0);
  }
}

// deltaDelayMs: a pause between streamed text deltas, so the draft arrives as if typed.
const mock: MockAnthropic = await onPort((port) => startMockAnthropic({ port, deltaDelayMs: 25 }), MOCK_PORT);
const mcp: DemoMcpServer = await onPort((port) => startDemoMcpServer(port), DEMO_MCP_PORT);
console.log(`Running in this process (closed at the end):`);
console.log(`  Messages API mock (stands in for Claude, no key, no network): ${mock.url}  (port ${mock.port})`);
console.log(`  Demo company MCP server (orders, invoices, accounts):        ${mcp.url}  (port ${mcp.port})`);
async function closeServers() {
  await Promise.allSettled([mock.close(), mcp.close()]);
}

const ext = await launchWithExtension({ headless, viewport: headless ? { width: 1100, height: 800 } : null });
const { context } = ext;

// The demo knowledge base goes in the way an agent would add theirs: through the options page's import.
const kbFiles = readdirSync(resolve('demo/kb')).filter((f) => f.endsWith('.md')).map((f) => resolve('demo/kb', f));
const options = await context.newPage();
await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
await options.getByTestId('kb-file-input').setInputFiles(kbFiles);
await options.getByTestId('kb-import-result').waitFor({ timeout: 30_000 });
console.log(`Imported the demo knowledge base (${kbFiles.length} articles and macros) through the options page.`);

// Claude's settings, typed in as an agent would: the gateway's base URL is the mock. The mock, like the real API,
// refuses a request without a key (its authorised()), so "gateway without key" stays off and a stand-in key is
// typed instead; it never leaves this machine.
await options.getByTestId('save').and(options.locator(':enabled')).waitFor({ timeout: 30_000 });
await options.getByTestId('api-key').fill('sk-ant-demo-local-mock');
await options.getByTestId('base-url').fill(mock.url);
await options.getByTestId('save').click();
await options.locator('#save-status.ok').waitFor({ timeout: 10_000 });

// The demo MCP server as the agent's own connector, through the options page's Connectors section.
await options.getByTestId('conn-name').fill('Demo company');
await options.getByTestId('conn-url').fill(mcp.url);
await options.getByTestId('conn-save').click();
const saved = await options
  .locator('[data-testid="conn-status"].ok')
  .waitFor({ timeout: 5_000 })
  .then(() => true)
  .catch(() => false);
if (saved) {
  console.log(`Added the demo MCP server as a connector through the options page (${mcp.url}).`);
} else {
  // Save asks the browser for access to the server's host (chrome.permissions.request), a prompt Playwright cannot
  // answer: then the connector is stored as the Connectors section stores it (lib/connectors/settings.ts,
  // `local:connectors`), as tests/e2e/connectors.spec.ts does. The background reaches 127.0.0.1 without that grant.
  await ext.worker.evaluate(async (url) => {
    await chrome.storage.local.set({ connectors: { autonomy: 'checkpoint', connectors: [{ id: 'demo-company', name: 'Demo company', kind: 'mcp', url }] } });
  }, mcp.url);
  const said = (await options.getByTestId('conn-status').textContent()) || 'no answer from the permission prompt';
  console.log(`Added the demo MCP server as a connector (${mcp.url}), stored directly: the options page said "${said.trim()}".`);
}
await options.getByTestId('conn-item').first().waitFor({ timeout: 10_000 });
if (headless) await options.close();

/**
 * Draft a reply and walk it through the co-worker's look-ups: a call waiting for approval (supervised) is approved,
 * a checkpoint after read-only look-ups is continued, as an agent would, until the draft is done.
 */
async function draftWithFacts(panel: Page): Promise<void> {
  await panel.getByTestId('draft-reply').click();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if ((await panel.getByTestId('draft').getAttribute('data-status').catch(() => null)) === 'done') return;
    for (const id of ['tool-approve', 'tool-continue']) {
      const button = panel.getByTestId(id).first();
      if (await button.isVisible().catch(() => false)) await button.click().catch(() => undefined);
    }
    await panel.waitForTimeout(200);
  }
  console.warn('  (the draft did not finish within 60 s)');
}

if (!headless) {
  const firstPerPage = DEMO_TICKETS.filter((t, i, all) => all.findIndex((o) => o.page === t.page) === i);
  for (const ticket of firstPerPage) await (await context.newPage()).goto(ticket.url);
  const first = context.pages().find((p) => p.url() === DEMO_TICKETS[0].url);
  await first?.bringToFront();
  // An extension window next to the helpdesk that follows the active tab, as the side panel does.
  await ext.worker.evaluate((url: string) => chrome.windows.create({ url, type: 'popup', width: 420, height: 860, left: 1120, top: 0 }), ext.panelUrl());
  console.log('Tandem demo is open, configured with the mock and the demo MCP server. Click "Draft reply" in the panel to');
  console.log('watch it look the order or account up. Click the Tandem toolbar button (or Alt+Shift+T) for the real side panel.');
  console.log('Close the browser window to end the demo.');
  await new Promise((done) => context.on('close', done));
  await closeServers();
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
const written: string[] = [];
// The sizes a side panel really has beside a helpdesk on a laptop: 400×900 and 360×640 (tests/e2e/panel-sizes).
const SIZES = [
  { helpdesk: 1040, panel: 400, height: 900 },
  { helpdesk: 1000, panel: 360, height: 640 },
];
// One screenshot per demo helpdesk page and size (each page's first ticket is the one it opens on), with a draft
// asked for, as an agent would on opening the ticket.
const firstPerPage = DEMO_TICKETS.filter((t, i, all) => all.findIndex((o) => o.page === t.page) === i);
for (const ticket of firstPerPage) {
  const page = await context.newPage();
  await page.goto(ticket.url);
  const panel = await context.newPage();
  await panel.goto(ext.panelUrl(await ext.tabIdOf(page)));
  await panel.getByTestId('ticket-subject').waitFor({ timeout: 15_000 });
  await draftWithFacts(panel);
  const facts = await panel.getByTestId('fact-card').count();
  console.log(`  ${ticket.page} #${ticket.ticketId}: draft done, ${facts} fact card${facts === 1 ? '' : 's'}`);
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.helpdesk, height: size.height });
    await panel.setViewportSize({ width: size.panel, height: size.height });
    await page.bringToFront();
    const pageShot = (await page.screenshot()).toString('base64');
    await panel.bringToFront();
    // The fact cards and the draft citing them are what the demo is about: bring them into view.
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.getByTestId('tool-calls').first().scrollIntoViewIfNeeded().catch(() => undefined);
    const panelShot = (await panel.screenshot()).toString('base64');
    // Compose "helpdesk | panel" the way an agent sees them, in a blank page of its own, both at full height.
    const sheet = await context.newPage();
    await sheet.setViewportSize({ width: size.helpdesk + size.panel + 1, height: size.height });
    await sheet.setContent(
      `<body style="margin:0;display:flex"><img src="data:image/png;base64,${pageShot}" width="${size.helpdesk}" height="${size.height}">` +
        `<img src="data:image/png;base64,${panelShot}" width="${size.panel}" height="${size.height}" style="border-left:1px solid #444"></body>`,
    );
    const file = resolve(outDir, `${ticket.page.replace(/\.html$/, '')}-${ticket.ticketId}-${size.panel}x${size.height}.png`);
    await sheet.screenshot({ path: file });
    written.push(file);
    await sheet.close();
  }
  await Promise.all([panel.close(), page.close()]);
}
await ext.close();
await closeServers();
console.log('No display found: ran headless. Screenshots of each demo ticket with the Tandem panel beside it:');
for (const file of written) console.log(`  ${file}`);
console.log('Closed the mock and the demo MCP server.');
