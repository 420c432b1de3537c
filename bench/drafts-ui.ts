// Benchmark: click "Draft reply" in the real panel -> first token of the draft on screen (issue 5, target ≤ 150 ms).
// The built extension in Chromium (run `npx wxt build` first), the local mock Messages API answering at once,
// the whole product path: panel -> message -> background (settings, key, prompt, redaction) -> SDK -> mock ->
// Dexie write -> live query in the panel -> React render. Timed inside the panel page: from the click to the
// first non-empty text of the new draft in the DOM, and to the next animation frame (when it is painted).
// Run: node scripts/run-ts.mjs bench/drafts-ui.ts [--runs 10]
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../scripts/browser';
import { startMockAnthropic } from '../tests/mock-anthropic/server';
import { configure, writeTicket } from '../tests/e2e/stored-ticket';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;
const WARMUP = 2;

const TICKET = {
  helpdesk: 'zendesk',
  ticketId: 'bench-1',
  // (a host no content script runs on: the bench writes the ticket rows itself)
  url: 'https://helpdesk.bench.test/ticket/1',
  subject: 'Refund still missing for order #100234',
  status: 'open',
  tags: ['refund'],
  requester: { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
  messages: [
    { author: { name: 'Maria Lopez', email: 'maria.lopez@example.com', role: 'customer' }, text: 'I returned order #100234 two weeks ago and the refund of $49.99 is still missing. Call me on +1 (415) 555-0132.' },
    { author: { name: 'Tom Becker', role: 'agent' }, text: 'Sorry about that, Maria. Let me check with our warehouse.' },
    { author: { name: 'Maria Lopez', email: 'maria.lopez@example.com', role: 'customer' }, text: 'Any news? My card ends 4242 and I need the money back this week.' },
  ],
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function measureOnce(panel: Page): Promise<{ dom: number; paint: number }> {
  return panel.evaluate(
    () =>
      new Promise<{ dom: number; paint: number }>((resolve, reject) => {
        const previous = document.querySelector('[data-testid="draft"]')?.getAttribute('data-draft-id') ?? null;
        const button = document.querySelector<HTMLButtonElement>('[data-testid="draft-reply"]')!;
        let t0 = 0;
        const check = () => {
          const article = document.querySelector('[data-testid="draft"]');
          const text = article?.querySelector('[data-testid="draft-text"]')?.textContent ?? '';
          if (article && article.getAttribute('data-draft-id') !== previous && text.length > 0) {
            const dom = performance.now() - t0;
            observer.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => resolve({ dom, paint: performance.now() - t0 }));
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        const timer = setTimeout(() => reject(new Error('no token within 10 s')), 10_000);
        t0 = performance.now();
        button.click();
      }),
  );
}

const mock = await startMockAnthropic({ deltaDelayMs: 0 });
const ext = await launchWithExtension();
try {
  await configure(ext.worker, mock.url, 'sk-ant-bench');
  await ext.context.route('https://helpdesk.bench.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>t</title>' }));
  const tab = await ext.context.newPage();
  await tab.goto(TICKET.url);
  const tabId = (await ext.tabIdOf(tab))!;
  const panel = await ext.context.newPage();
  await panel.goto(ext.panelUrl(tabId));
  // Same setup as tests/e2e/drafts.spec.ts: the ticket rows written into the extension's IndexedDB, then Dexie's
  // cross-context change signal so the panel re-reads (the tab has no content script, so the panel's refresh
  // request makes the background forget the tab row once; write until the panel shows the ticket).
  for (let i = 0; i < 30; i++) {
    if (await panel.getByTestId('draft-reply').isVisible()) break;
    await writeTicket(ext.worker, tabId, TICKET);
    await panel.waitForTimeout(200);
  }
  await panel.getByTestId('draft-reply').waitFor();

  const dom: number[] = [];
  const paint: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const r = await measureOnce(panel);
    // Let the stream finish before the next click (the mock answers at once; this is the Dexie final write).
    await panel.locator('[data-testid="draft"][data-status="done"]').waitFor({ timeout: 10_000 });
    if (i >= WARMUP) {
      dom.push(r.dom);
      paint.push(r.paint);
    }
  }
  dom.sort((a, b) => a - b);
  paint.sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`Tandem bench: drafts UI — click "Draft reply" -> first token on screen (built extension, Chromium, mock API answering at once; ${RUNS} runs after ${WARMUP} warm-up)`);
  console.log(`  first text in the DOM      p50 ${f(percentile(dom, 50))}   p95 ${f(percentile(dom, 95))}   max ${f(dom[dom.length - 1])}`);
  console.log(`  painted (next frame)       p50 ${f(percentile(paint, 50))}   p95 ${f(percentile(paint, 95))}   max ${f(paint[paint.length - 1])}`);
  console.log(`  target ≤ 150 ms: ${percentile(paint, 95) <= 150 ? 'met' : percentile(paint, 50) <= 150 ? 'met at p50, NOT at p95' : 'NOT met'}`);
  console.log(`  requests the mock answered: ${mock.requests.length}`);
} finally {
  await ext.close();
  await mock.close();
}
