// Benchmark (issue 16): the agent clicks "Approve" on a tool call in the real panel -> the fact card with the
// result on screen. The built extension in Chromium (run `npx wxt build` first), the local Messages API mock asking
// for a tool, the test MCP server answering at once: panel -> message -> background -> MCP client (Streamable HTTP)
// -> result redacted and stored (Dexie) -> live query in the panel -> React render. Timed inside the panel page
// from the click to the card showing status done, and to the next animation frame (when it is painted).
// Run: node scripts/run-ts.mjs bench/tools-ui.ts [--runs 10]
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../scripts/browser';
import { startMockAnthropic } from '../tests/mock-anthropic/server';
import { configure, writeTicket } from '../tests/e2e/stored-ticket';
import { startTestMcpServer } from '../tests/mcp/server';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;
const WARMUP = 2;

const TICKET = {
  helpdesk: 'zendesk',
  ticketId: 'bench-1',
  url: 'https://helpdesk.bench.test/ticket/bench-1',
  subject: 'Account still on the old plan',
  status: 'open',
  tags: [],
  requester: { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
  messages: [
    { author: { name: 'Maria Lopez', email: 'maria.lopez@example.com', role: 'customer' }, text: 'My account maria.lopez@example.com still shows the old plan.' },
  ],
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** Click Approve on the waiting call; resolve when its fact card shows status done (DOM) and is painted. */
function measureApprove(panel: Page): Promise<{ dom: number; paint: number }> {
  return panel.evaluate(
    () =>
      new Promise<{ dom: number; paint: number }>((resolve, reject) => {
        const approval = document.querySelector('[data-testid="tool-approval"]')!;
        const callId = approval.getAttribute('data-call-id');
        const button = approval.querySelector<HTMLButtonElement>('[data-testid="tool-approve"]')!;
        let t0 = 0;
        const check = () => {
          if (!document.querySelector(`[data-testid="fact-card"][data-call-id="${callId}"][data-status="done"]`)) return;
          const dom = performance.now() - t0;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ dom, paint: performance.now() - t0 }));
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        const timer = setTimeout(() => reject(new Error('no fact card within 10 s')), 10_000);
        t0 = performance.now();
        button.click();
      }),
  );
}

const mock = await startMockAnthropic({ deltaDelayMs: 0 });
const mcp = await startTestMcpServer();
const ext = await launchWithExtension();
try {
  await configure(ext.worker, mock.url, 'sk-ant-bench');
  // The agent's own connector, as lib/connectors/settings.ts stores it (`local:connectors`).
  await ext.worker.evaluate(async (mcpUrl) => {
    await chrome.storage.local.set({ connectors: { autonomy: 'supervised', connectors: [{ id: 'support', name: 'Support', kind: 'mcp', url: mcpUrl, tools: ['get_account_status'] }] } });
  }, mcp.url);
  await ext.context.route('https://helpdesk.bench.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>t</title>' }));
  const tab = await ext.context.newPage();
  await tab.goto(TICKET.url);
  const tabId = (await ext.tabIdOf(tab))!;
  const panel = await ext.context.newPage();
  await panel.goto(ext.panelUrl(tabId));
  // The ticket rows written into the extension's IndexedDB, as tests/e2e/connectors.spec.ts does (the tab has no
  // content script: write until the panel shows the ticket).
  for (let i = 0; i < 30; i++) {
    if (await panel.getByTestId('draft-reply').isVisible()) break;
    await writeTicket(ext.worker, tabId, TICKET);
    await panel.waitForTimeout(200);
  }
  await panel.getByTestId('draft-reply').waitFor();

  const dom: number[] = [];
  const paint: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    await panel.getByTestId('draft-reply').click();
    await panel.getByTestId('tool-approval').waitFor({ timeout: 15_000 });
    const r = await measureApprove(panel);
    // The answer finishes before the next draft (the mock answers at once).
    await panel.locator('[data-testid="draft"][data-status="done"]').first().waitFor({ timeout: 15_000 });
    await panel.getByTestId('tool-approval').waitFor({ state: 'detached', timeout: 15_000 });
    if (i >= WARMUP) {
      dom.push(r.dom);
      paint.push(r.paint);
    }
  }
  dom.sort((a, b) => a - b);
  paint.sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`Tandem bench: tools UI — click "Approve" -> fact card on screen (built extension, Chromium, mock API and test MCP server on 127.0.0.1; ${RUNS} runs after ${WARMUP} warm-up)`);
  console.log(`  fact card done in the DOM  p50 ${f(percentile(dom, 50))}   p95 ${f(percentile(dom, 95))}   max ${f(dom[dom.length - 1])}`);
  console.log(`  painted (next frame)       p50 ${f(percentile(paint, 50))}   p95 ${f(percentile(paint, 95))}   max ${f(paint[paint.length - 1])}`);
  console.log(`  MCP calls: ${mcp.calls.length}; requests the mock answered: ${mock.requests.length}`);
} finally {
  await ext.close();
  await mock.close();
  await mcp.close();
}
