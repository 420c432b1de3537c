// Read time of a 2,000-message ticket per adapter (target: <= 20 ms per read).
// Run: node scripts/run-ts.mjs bench/adapters.ts        (add --no-browser to skip the Chromium half)
// Two DOMs, both printed:
//  - happy-dom in Node (the DOM the unit tests use). It is a JavaScript emulation: a bare walk over a node
//    costs microseconds, so it shows relative cost between adapters, not what an agent will see.
//  - Debian Chromium (headless, via playwright-core), where the content script really runs: the same
//    adapters bundled with esbuild and timed inside the page. This is the figure the target is about.
// Documents are parsed once; only readTicket is timed (median of RUNS after warm-up).
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { adapters } from '../adapters';
import { createCustomAdapter, type CustomAdapterConfig } from '../adapters/custom';
import type { HelpdeskAdapter } from '../adapters/types';
import { longThreadHtml, type LongThreadKind } from '../tests/fixtures/adapters/generate';

const MESSAGES = 2000;
const RUNS = 15;
const TARGET_MS = 20;
// run-ts.mjs sets argv[1] to this file, so repository paths resolve from here.
const root = resolve(dirname(process.argv[1]), '..');
const config = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/adapters/custom/helphive.config.json'), 'utf8')) as CustomAdapterConfig;

interface Case { label: string; adapterId: string; kind: LongThreadKind; url: string }
const cases: Case[] = [
  { label: 'zendesk', adapterId: 'zendesk', kind: 'zendesk', url: 'https://tandem-demo.zendesk.com/agent/tickets/1042' },
  { label: 'intercom', adapterId: 'intercom', kind: 'intercom', url: 'https://app.intercom.com/a/inbox/tandemdemo/inbox/conversation/215' },
  { label: 'freshdesk (mint)', adapterId: 'freshdesk', kind: 'freshdesk', url: 'https://tandem-demo.freshdesk.com/a/tickets/388' },
  { label: 'freshdesk (legacy)', adapterId: 'freshdesk', kind: 'freshdesk-legacy', url: 'https://tandem-demo.freshdesk.com/helpdesk/tickets/77' },
  { label: 'custom (helphive)', adapterId: 'helphive', kind: 'custom', url: 'https://support.helphive.example/desk/cases/4821' },
];

interface Row { label: string; messages: number; median: number; p90: number }

function timeReads(adapter: HelpdeskAdapter, doc: Document, url: string): { times: number[]; messages: number } {
  for (let i = 0; i < 3; i++) adapter.readTicket(doc, url);
  const times: number[] = [];
  let messages = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const snap = adapter.readTicket(doc, url);
    times.push(performance.now() - t0);
    messages = snap?.messages.length ?? 0;
  }
  return { times: times.sort((a, b) => a - b), messages };
}

const summarize = (label: string, times: number[], messages: number): Row => ({
  label,
  messages,
  median: times[Math.floor(times.length / 2)],
  p90: times[Math.floor(times.length * 0.9)],
});

function print(title: string, rows: Row[]): boolean {
  console.log(`\n${title}`);
  console.log('adapter              messages   median ms   p90 ms   target <= 20 ms');
  let ok = true;
  for (const r of rows) {
    const good = r.median <= TARGET_MS && r.messages === MESSAGES;
    ok &&= good;
    console.log(`${r.label.padEnd(20)} ${String(r.messages).padStart(8)} ${r.median.toFixed(1).padStart(11)} ${r.p90.toFixed(1).padStart(8)}   ${good ? 'ok' : 'over target'}`);
  }
  return ok;
}

function adapterFor(id: string): HelpdeskAdapter {
  return id === config.id ? createCustomAdapter(config) : adapters.find((a) => a.id === id)!;
}

// ---- happy-dom in Node
const window = new Window({ url: 'https://bench.invalid/' });
const parser = new window.DOMParser();
const happyRows = cases.map((c) => {
  const doc = parser.parseFromString(longThreadHtml(c.kind, MESSAGES), 'text/html') as unknown as Document;
  const { times, messages } = timeReads(adapterFor(c.adapterId), doc, c.url);
  return summarize(c.label, times, messages);
});
await window.happyDOM.close();
print(`DOM: happy-dom (Node ${process.version}) — ${MESSAGES}-message ticket, median of ${RUNS} reads`, happyRows);

// ---- real Chromium
const CHROMIUM = '/usr/bin/chromium';
if (process.argv.includes('--no-browser')) {
  console.log('\nChromium: skipped (--no-browser)');
} else if (!existsSync(CHROMIUM)) {
  console.log(`\nChromium: skipped (${CHROMIUM} not installed)`);
} else {
  const bundle = await build({
    stdin: {
      contents: `
        import { adapters } from './adapters';
        import { createCustomAdapter } from './adapters/custom';
        import { longThreadHtml } from './tests/fixtures/adapters/generate';
        window.__bench = { adapters, createCustomAdapter, longThreadHtml };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const rows: Row[] = [];
    for (const c of cases) {
      const r = await page.evaluate(
        ({ c, config, MESSAGES, RUNS }) => {
          const b = (window as any).__bench;
          const adapter = c.adapterId === config.id ? b.createCustomAdapter(config) : b.adapters.find((a: any) => a.id === c.adapterId);
          const doc = new DOMParser().parseFromString(b.longThreadHtml(c.kind, MESSAGES), 'text/html');
          for (let i = 0; i < 3; i++) adapter.readTicket(doc, c.url);
          const times: number[] = [];
          let messages = 0;
          for (let i = 0; i < RUNS; i++) {
            const t0 = performance.now();
            messages = adapter.readTicket(doc, c.url)?.messages.length ?? 0;
            times.push(performance.now() - t0);
          }
          return { times: times.sort((a, b) => a - b), messages };
        },
        { c, config, MESSAGES, RUNS },
      );
      rows.push(summarize(c.label, r.times, r.messages));
    }
    const version = browser.version();
    const ok = print(`DOM: Chromium ${version} headless (real browser DOM) — ${MESSAGES}-message ticket, median of ${RUNS} reads`, rows);
    console.log(ok ? 'Chromium: all adapters within target' : 'Chromium: some adapters over target');
  } finally {
    await browser.close();
  }
}
