// Opens each demo helpdesk ticket with the Tandem panel beside it. Headed when there is a display (the panel opens
// as a window next to the tickets; the toolbar button opens the real side panel), headless otherwise: then each
// ticket and its panel are screenshotted side by side into demo-output/.
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './browser';
import { DEMO_TICKETS } from '../demo/tickets';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('demo-output');
const ext = await launchWithExtension({ headless, viewport: headless ? { width: 1100, height: 800 } : null });
const { context } = ext;

// The demo knowledge base goes in the way an agent would add theirs: through the options page's import.
const kbFiles = readdirSync(resolve('demo/kb')).filter((f) => f.endsWith('.md')).map((f) => resolve('demo/kb', f));
const options = await context.newPage();
await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
await options.getByTestId('kb-file-input').setInputFiles(kbFiles);
await options.getByTestId('kb-import-result').waitFor({ timeout: 30_000 });
console.log(`Imported the demo knowledge base (${kbFiles.length} articles and macros) through the options page.`);
if (headless) await options.close();

if (!headless) {
  const firstPerPage = DEMO_TICKETS.filter((t, i, all) => all.findIndex((o) => o.page === t.page) === i);
  for (const ticket of firstPerPage) await (await context.newPage()).goto(ticket.url);
  const first = context.pages().find((p) => p.url() === DEMO_TICKETS[0].url);
  await first?.bringToFront();
  // An extension window next to the helpdesk that follows the active tab, as the side panel does.
  await ext.worker.evaluate((url: string) => chrome.windows.create({ url, type: 'popup', width: 420, height: 860, left: 1120, top: 0 }), ext.panelUrl());
  console.log('Tandem demo is open. Click the Tandem toolbar button (or Alt+Shift+T) for the real side panel.');
  console.log('Close the browser window to end the demo.');
  await new Promise((done) => context.on('close', done));
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
  await panel.getByTestId('draft-reply').click();
  await panel.getByTestId('draft-text').waitFor({ timeout: 15_000 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.helpdesk, height: size.height });
    await panel.setViewportSize({ width: size.panel, height: size.height });
    await page.bringToFront();
    const pageShot = (await page.screenshot()).toString('base64');
    await panel.bringToFront();
    await panel.evaluate(() => window.scrollTo(0, 0));
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
console.log('No display found: ran headless. Screenshots of each demo ticket with the Tandem panel beside it:');
for (const file of written) console.log(`  ${file}`);
