// `npm run bench:adapters`: the three figures of issue 3, measured in Debian Chromium (where the content script
// really runs), with the machine's load printed next to them.
//   1. Read time of a 2,000-message ticket, per adapter (target <= 20 ms):
//        1st = the page's very first read (nothing cached, reader code not yet optimised: once per tab);
//        cold = first read of a ticket (nothing cached: once per ticket opened), after the browser has settled from
//               opening the pages and a few unmeasured reads;
//        warm = the read the watcher does after a change (one new message appended), with the per-message cache.
//      The target applies to both. Each is printed as main-thread CPU time (Chromium's ThreadTime: far less inflated
//      than wall time on a loaded machine, though not immune to it: shared caches, hyperthreads), less the CPU of the
//      same call doing nothing (the DevTools-protocol round trip, 0.4-0.9 ms, measured each round), and as wall time
//      (performance.now around the read alone, inflated when the machine is busy). The cold
//      reads take turns across the adapters, and a fixed DOM walk timed in each round prints the machine's speed:
//      on these shared machines the same read takes 15 ms one minute and 25 the next.
//   2. The observer's cost per DOM mutation burst: the built watcher (lib/content/watch-ticket.ts, esbuild bundle)
//      runs in a page holding a 2,000-message ticket; bursts of 50 mutations are fired and the main-thread time
//      spent in every MutationObserver callback and in the debounced read is summed per burst (p50/p95).
//      Typing in the reply editor must cause no read at all. Also the time from a new message to the watcher's
//      report (the snapshot the panel gets), target <= 500 ms.
//   3. Each content script's size, gzipped at level 9 (target <= 30 KB each): .output/chrome-mv3/content-scripts/
//      *.js (one per built-in helpdesk, and the generic helpdesk.js registered at run time for custom hosts), built
//      with `npx wxt build` first when missing or older than the sources.
// Options: --happy-dom also times reads in happy-dom (the unit tests' DOM; relative figures only);
// --only=intercom,zendesk runs some adapters only. Environment: BENCH_DEBUG=1 prints every first read's figures (in
// run order: the first ones run before the JIT has optimised the reader); BENCH_BURSTS=N sets the bursts per kind.
import { build, type Plugin } from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import type { CustomAdapterConfig } from '../adapters/custom';
import type { LongThreadKind } from '../tests/fixtures/adapters/generate';

const MESSAGES = 2000;
const READ_TARGET_MS = 20;
/** A new message must reach a new snapshot within this (issue 3: "within 500 ms"). */
const LATENCY_TARGET_MS = 500;
const SIZE_TARGET_KB = 30;
const COLD_RUNS = 21;
// First reads before the measured ones, not counted: the page's very first read runs the reader unoptimised (printed
// on its own as "1st"); a tab that has read a ticket before reads the next one with optimised code.
const COLD_WARMUP = 4;
/** Quiet time after the pages are opened, before the cold reads (see measureReads). */
const SETTLE_MS = 2000;
const WARM_RUNS = 15;
const BURSTS = Number(process.env.BENCH_BURSTS ?? 12);
const BURST_SIZE = 50;
const CHROMIUM = '/usr/bin/chromium';
// run-ts.mjs sets argv[1] to this file, so repository paths resolve from here.
const root = resolve(dirname(process.argv[1]), '..');
const started = performance.now();
const config = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/adapters/custom/helphive.config.json'), 'utf8')) as CustomAdapterConfig;

interface Case {
  label: string;
  adapterId: string;
  kind: LongThreadKind;
  url: string;
  /** One message as appended by the helpdesk (for Intercom a part group), its body, and the thread container. */
  message: string;
  body: string;
  thread: string;
  /** Markup of a reply editor, added when the generated page has none. */
  editor?: string;
}
const cases: Case[] = [
  { label: 'zendesk', adapterId: 'zendesk', kind: 'zendesk', url: 'https://tandem-demo.zendesk.com/agent/tickets/1042',
    message: '[data-test-id="omni-log-comment-item"]', body: '[data-test-id="omni-log-message-content"]', thread: '[data-test-id="omni-log-container"]' },
  { label: 'intercom', adapterId: 'intercom', kind: 'intercom', url: 'https://app.intercom.com/a/inbox/tandemdemo/inbox/conversation/215',
    message: '[data-part-group-id]', body: '.interblocks-html', thread: '[data-testid="conversation-stream-scroll-container"]' },
  { label: 'freshdesk (mint)', adapterId: 'freshdesk', kind: 'freshdesk', url: 'https://tandem-demo.freshdesk.com/a/tickets/388',
    message: '.conversation-item', body: '.conversation-item__body', thread: '.ticket-conversation',
    editor: '<div class="reply-editor"><div class="fr-element fr-view" contenteditable="true"></div></div>' },
  { label: 'freshdesk (legacy)', adapterId: 'freshdesk', kind: 'freshdesk-legacy', url: 'https://tandem-demo.freshdesk.com/helpdesk/tickets/77',
    message: '.conversation', body: '.details', thread: '.conversation_thread' },
  { label: 'custom (helphive)', adapterId: 'helphive', kind: 'custom', url: 'https://support.helphive.example/desk/cases/4821',
    message: '.hh-entry', body: '.hh-entry-text', thread: '.hh-timeline' },
];

// --only=zendesk,intercom limits the run to some adapters (while working on one).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
if (only) cases.splice(0, cases.length, ...cases.filter((c) => only.some((o) => c.label.startsWith(o))));

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b);
const f1 = (n: number) => n.toFixed(1);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

console.log(`bench:adapters — ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}`);
console.log(`load average at start (1/5/15 min): ${load()}`);

// ------------------------------------------------------------------------------------------ bundles for the page

async function bundle(contents: string, plugins: Plugin[] = []): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
    plugins,
  });
  return out.outputFiles[0].text;
}

// The watcher's module also wires extension messaging, which needs an extension runtime the bench page does not
// have; the bench page gets inert stand-ins for it. watchTicket itself is bundled unchanged.
const stubMessaging: Plugin = {
  name: 'stub-messaging',
  setup(b) {
    b.onResolve({ filter: /(^|\/)messaging$/ }, () => ({ path: 'messaging-stub', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export const sendMessage = async () => undefined; export const onMessage = () => () => {}; export const removeAllListeners = () => {};',
      loader: 'js',
    }));
  },
};

const readerBundle = await bundle(`
  import { adapters } from './adapters';
  import { createCustomAdapter } from './adapters/custom';
  import { dropReadCache } from './adapters/shared/read-cache';
  window.__bench = { adapters, createCustomAdapter, dropReadCache };`);
const watcherBundle = await bundle(
  `import { watchTicket } from './lib/content/watch-ticket';
   import { dropReadCache } from './adapters/shared/read-cache';
   window.__watchTicket = watchTicket;
   window.__dropReadCache = dropReadCache;`,
  [stubMessaging],
);

// --------------------------------------------------------------------------------- 3 (built first): script size

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}
const contentScriptDir = resolve(root, '.output/chrome-mv3/content-scripts');
const contentScript = resolve(contentScriptDir, 'helpdesk.js');
const sources = Math.max(...['adapters', 'lib', 'entrypoints'].map((d) => newestMtime(resolve(root, d))));
let buildNote = 'existing build, newer than the sources';
if (!existsSync(contentScript) || statSync(contentScript).mtimeMs < sources) {
  const t0 = performance.now();
  execSync('npx wxt build', { cwd: root, stdio: 'ignore' });
  buildNote = `built now with npx wxt build (${f1((performance.now() - t0) / 1000)} s)`;
}

// ------------------------------------------------------------------------------------------------- the browser

const { chromium } = await import('playwright-core');
if (!existsSync(CHROMIUM)) {
  console.log(`Chromium not found at ${CHROMIUM}: read time and observer cost cannot be measured.`);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const version = browser.version();

/** Serves the generated ticket page at the helpdesk's own URL (the adapters look at the URL). */
async function openTicket(c: Case, instrument?: string): Promise<{ page: Page; cdp: CDPSession }> {
  const { longThreadHtml } = await import('../tests/fixtures/adapters/generate');
  let html = longThreadHtml(c.kind, MESSAGES);
  if (c.editor) html = html.replace('</body>', `${c.editor}</body>`);
  // Some page furniture outside the thread and the editor, for the class-toggle bursts.
  html = html.replace('</body>', `<nav id="bench-toolbar">${'<button class="tb">x</button>'.repeat(10)}</nav></body>`);
  const page = await browser.newPage();
  await page.route(c.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  if (instrument) await page.addInitScript({ content: instrument });
  await page.goto(c.url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

async function threadTimeMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

// ------------------------------------------------------------------------------------------- 1. read time

interface ReadRow { label: string; messages: number; firstCpu: number; coldCpu: number[]; coldWall: number[]; warmCpu: number[]; warmWall: number[]; warmMessages: number; referenceCpu: number[]; harnessCpu: number[] }

interface ReadPage { c: Case; page: Page; cdp: CDPSession; row: ReadRow }

async function openReadPage(c: Case): Promise<ReadPage> {
  const { page, cdp } = await openTicket(c);
  await page.addScriptTag({ content: readerBundle });
  await page.evaluate(
    ({ c, config }) => {
      const b = (window as any).__bench;
      const adapter = c.adapterId === config.id ? b.createCustomAdapter(config) : b.adapters.find((a: any) => a.id === c.adapterId);
      const template = document.querySelectorAll(c.message)[1].cloneNode(true) as Element;
      let added = 0;
      (window as any).__read = () => {
        const t0 = performance.now();
        const snap = adapter.readTicket(document, location.href);
        return { wall: performance.now() - t0, messages: snap?.messages.length ?? 0 };
      };
      (window as any).__cold = () => b.dropReadCache(document);
      // The same call doing nothing: what a timed read costs the main thread besides the read (the DevTools-protocol
      // round trip and the call itself), measured on every round and taken off the reads' CPU.
      (window as any).__noop = () => {
        const t0 = performance.now();
        return { wall: performance.now() - t0, messages: 0 };
      };
      // The machine's speed of the moment: a fixed piece of DOM work (a walk over the same detached 2,000-message
      // tree on every page, reading what the text walk reads) timed in each round beside the reads.
      const referenceTree = document.createElement('div');
      referenceTree.innerHTML = '<div class="m"><b>Name</b><p>Some text <b>bold</b> more.</p><p>Line<br>two</p></div>'.repeat(2000);
      (window as any).__reference = () => {
        let n = 0;
        const stack: Node[] = [referenceTree];
        while (stack.length) {
          const node = stack.pop()!;
          n += node.nodeType === 3 ? (node as Text).data.length : (node as Element).tagName?.length ?? 0;
          for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
        }
        return n;
      };
      (window as any).__addMessage = () => {
        const m = template.cloneNode(true) as Element;
        m.querySelector(c.body)!.innerHTML = `<p>New message ${++added} from the customer.</p>`;
        document.querySelector(c.thread)!.append(m);
      };
    },
    { c, config },
  );
  const row: ReadRow = { label: c.label, messages: 0, firstCpu: NaN, coldCpu: [], coldWall: [], warmCpu: [], warmWall: [], warmMessages: 0, referenceCpu: [], harnessCpu: [] };
  const p = { c, page, cdp, row };
  // The page's very first read, right after it loaded (as an agent opening the helpdesk would see it).
  row.firstCpu = (await timedRead(p)).cpu;
  return p;
}

async function timedRead(p: ReadPage): Promise<{ wall: number; messages: number; cpu: number }> {
  const before = await threadTimeMs(p.cdp);
  const r = await p.page.evaluate(() => (window as any).__read() as { wall: number; messages: number });
  return { ...r, cpu: (await threadTimeMs(p.cdp)) - before };
}

/**
 * Read times of every case. The cold reads go round the adapters (one read of each per round) rather than one
 * adapter after another: the speed of these shared machines drifts by a quarter from one minute to the next, and
 * taking turns lets a slow minute fall on every adapter alike instead of on whichever was measured then.
 */
async function measureReads(all: Case[]): Promise<ReadRow[]> {
  const pages: ReadPage[] = [];
  for (const c of all) pages.push(await openReadPage(c));
  // Opening five 2,000-message pages keeps the browser busy for a while (layout, paint, garbage collection,
  // compiling, on both cores): let it settle first, or the first rounds time the page loads as much as the reads.
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  for (const p of pages) await p.page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 2000 })));
  for (let i = 1; i < COLD_WARMUP + COLD_RUNS; i++) {
    for (const p of pages) {
      await p.page.evaluate(() => (window as any).__cold());
      const r = await timedRead(p);
      if (i < COLD_WARMUP) continue;
      p.row.coldCpu.push(r.cpu);
      p.row.coldWall.push(r.wall);
      p.row.messages = r.messages;
      const before = await threadTimeMs(p.cdp);
      await p.page.evaluate(() => (window as any).__reference());
      p.row.referenceCpu.push((await threadTimeMs(p.cdp)) - before);
      const beforeNoop = await threadTimeMs(p.cdp);
      await p.page.evaluate(() => (window as any).__noop());
      p.row.harnessCpu.push((await threadTimeMs(p.cdp)) - beforeNoop);
    }
  }
  for (let i = 0; i < WARM_RUNS; i++) {
    for (const p of pages) {
      await p.page.evaluate(() => (window as any).__addMessage());
      const r = await timedRead(p);
      p.row.warmCpu.push(r.cpu);
      p.row.warmWall.push(r.wall);
      p.row.warmMessages = r.messages;
    }
  }
  for (const p of pages) await p.page.close();
  return pages.map((p) => p.row);
}

const readRows = await measureReads(cases);
const debugRuns = process.env.BENCH_DEBUG === '1';
if (debugRuns) {
  for (const row of readRows) console.log(row.label, 'cold CPU', row.coldCpu.map(f1).join(' '), 'wall', row.coldWall.map(f1).join(' '));
}

// ------------------------------------------------------------------------------------ 2. observer per burst

// Installed before any page script: times every MutationObserver callback and every timer callback (the
// watcher's debounced read runs in one), and counts the reads that ran.
const INSTRUMENT = `(() => {
  const stats = { busy: 0, observerBusy: 0, observerCalls: 0, timerCalls: 0, pending: new Set() };
  window.__stats = stats;
  const RawMO = window.MutationObserver;
  window.MutationObserver = class extends RawMO {
    constructor(cb) {
      super((records, obs) => {
        const t0 = performance.now();
        try { cb(records, obs); } finally { const d = performance.now() - t0; stats.busy += d; stats.observerBusy += d; stats.observerCalls++; }
      });
    }
  };
  const rawSet = window.setTimeout.bind(window);
  const rawClear = window.clearTimeout.bind(window);
  window.__rawSetTimeout = rawSet;
  window.setTimeout = (fn, ms, ...args) => {
    const id = rawSet(() => {
      stats.pending.delete(id);
      const t0 = performance.now();
      try { fn(...args); } finally { stats.busy += performance.now() - t0; stats.timerCalls++; }
    }, ms);
    stats.pending.add(id);
    return id;
  };
  window.clearTimeout = (id) => { stats.pending.delete(id); rawClear(id); };
})();`;

type BurstKind = 'message' | 'typing' | 'toggles';
interface BurstRow { label: string; kind: BurstKind; latency: number[]; busy: number[]; observer: number[]; cpuOn: number[]; cpuOff: number[]; reads: number; reports: number; bursts: number }

async function measureBursts(c: Case): Promise<BurstRow[]> {
  const { page, cdp } = await openTicket(c, INSTRUMENT);
  await page.addScriptTag({ content: watcherBundle });
  const ready = await page.evaluate(
    ({ c, config, BURST_SIZE }) => {
      const w = window as any;
      w.__reports = 0;
      const watcher = (w.__watcher = w.__watchTicket({
        doc: document,
        win: window,
        customAdapters: () => [config],
        report: () => {
          w.__reports++;
          w.__lastReportAt = performance.now();
        },
      }));
      const thread = document.querySelector(c.thread)!;
      const messages = () => thread.querySelectorAll(c.message);
      const template = messages()[1].cloneNode(true) as Element;
      const editorHost = document.querySelector('.ck-editor__editable, .ProseMirror, .fr-element, #cnotes-reply-body, .hh-composer') as HTMLElement | null;
      const toolbar = Array.from(document.querySelectorAll('#bench-toolbar .tb'));
      let n = 0;
      w.__burst = (kind: string) => {
        if (kind === 'message') {
          // A new message arrives, and the pointer moves over messages (hover classes), as a live page does.
          const m = template.cloneNode(true) as Element;
          m.querySelector(c.body)!.innerHTML = `<p>Burst message ${++n}.</p>`;
          thread.append(m);
          const all = messages();
          for (let i = 1; i < BURST_SIZE; i++) all[(n * 37 + i * 13) % all.length].classList.toggle('is-hovered');
        } else if (kind === 'typing') {
          // An agent typing: characters into a text node, a line break now and then, as editors do.
          if (!editorHost) return false;
          if (editorHost.tagName === 'TEXTAREA') {
            // (a textarea's value is not DOM: typing makes no mutations at all; its text node stands in)
            for (let i = 0; i < BURST_SIZE; i++) editorHost.textContent = `${editorHost.textContent ?? ''}a`;
            return true;
          }
          let p = editorHost.lastElementChild as HTMLElement | null;
          if (!p || p.tagName !== 'P') editorHost.append((p = document.createElement('p')));
          let text = p.lastChild as Text | null;
          if (!text || text.nodeType !== 3) p.append((text = document.createTextNode('')));
          for (let i = 0; i < BURST_SIZE; i++) {
            if (i % 10 === 9) p.append(document.createElement('br'), (text = document.createTextNode('')));
            else text.data += 'x';
          }
        } else {
          for (let i = 0; i < BURST_SIZE; i++) toolbar[i % toolbar.length].classList.toggle('is-active');
        }
        return true;
      };
      return { editor: !!watcher.readEditor().ok, messages: watcher.readNow()?.messages.length ?? 0 };
    },
    { c, config, BURST_SIZE },
  );
  // Reads are counted as timer runs: the watcher's only timer is its debounced read.
  const fire = (kind: BurstKind) =>
    page.evaluate(
      ({ kind }) =>
        new Promise<{ latency: number; busy: number; observer: number; reads: number; reports: number }>((resolveBurst) => {
          const w = window as any;
          const s = w.__stats;
          const busy0 = s.busy;
          const observer0 = s.observerBusy;
          const reads0 = s.timerCalls;
          const reports0 = w.__reports;
          const t0 = performance.now();
          w.__burst(kind);
          // Done when no timer is pending and the debounce window (150 ms) has surely passed.
          const poll = () => {
            if (s.pending.size === 0 && performance.now() - t0 > 200) {
              const reported = w.__reports > reports0;
              resolveBurst({ latency: reported ? w.__lastReportAt - t0 : NaN, busy: s.busy - busy0, observer: s.observerBusy - observer0, reads: s.timerCalls - reads0, reports: w.__reports - reports0 });
            } else w.__rawSetTimeout(poll, 20);
          };
          w.__rawSetTimeout(poll, 20);
        }),
      { kind },
    );
  const kinds = (['message', 'typing', 'toggles'] as BurstKind[]).filter((k) => k !== 'typing' || ready.editor);
  const rows: BurstRow[] = [];
  for (const kind of kinds) {
    const row: BurstRow = { label: c.label, kind, latency: [], busy: [], observer: [], cpuOn: [], cpuOff: [], reads: 0, reports: 0, bursts: 0 };
    for (let i = 0; i < BURSTS; i++) {
      const cpu0 = await threadTimeMs(cdp);
      const r = await fire(kind);
      row.cpuOn.push((await threadTimeMs(cdp)) - cpu0);
      row.busy.push(r.busy);
      if (!Number.isNaN(r.latency)) row.latency.push(r.latency);
      row.observer.push(r.observer);
      row.reads += r.reads;
      row.reports += r.reports;
      row.bursts++;
    }
    rows.push(row);
  }
  // The same bursts with no watcher and no read cache: the page's own cost (the mutations, style, paint), to
  // subtract from the CPU time measured above.
  await page.evaluate(() => {
    const w = window as any;
    w.__watcher.stop();
    w.__dropReadCache(document);
  });
  for (const row of rows) {
    for (let i = 0; i < BURSTS; i++) {
      const cpu0 = await threadTimeMs(cdp);
      await fire(row.kind);
      row.cpuOff.push((await threadTimeMs(cdp)) - cpu0);
    }
  }
  if (!ready.editor) rows.push({ label: c.label, kind: 'typing', latency: [], busy: [], observer: [], cpuOn: [], cpuOff: [], reads: 0, reports: 0, bursts: 0 });
  await page.close();
  return rows;
}

const burstRows: BurstRow[] = [];
for (const c of cases) burstRows.push(...(await measureBursts(c)));
await browser.close();

// -------------------------------------------------------------------------------------------- optional happy-dom

let happyLines: string[] = [];
if (process.argv.includes('--happy-dom')) {
  const { Window } = await import('happy-dom');
  const { adapters } = await import('../adapters');
  const { createCustomAdapter } = await import('../adapters/custom');
  const { longThreadHtml } = await import('../tests/fixtures/adapters/generate');
  const window = new Window({ url: 'https://bench.invalid/' });
  const parser = new window.DOMParser();
  happyLines = ['', `DOM: happy-dom (Node ${process.version}), ${MESSAGES}-message ticket, wall ms (relative figures: a JS emulation of the DOM)`];
  for (const c of cases) {
    const adapter = c.adapterId === config.id ? createCustomAdapter(config) : adapters.find((a) => a.id === c.adapterId)!;
    const doc = parser.parseFromString(longThreadHtml(c.kind, MESSAGES), 'text/html') as unknown as Document;
    const t0 = performance.now();
    adapter.readTicket(doc, c.url);
    const cold = performance.now() - t0;
    const template = doc.querySelectorAll(c.message)[1].cloneNode(true) as Element;
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      doc.querySelector(c.thread)!.append(template.cloneNode(true));
      const t1 = performance.now();
      adapter.readTicket(doc, c.url);
      warm.push(performance.now() - t1);
    }
    happyLines.push(`  ${c.label.padEnd(20)} cold ${f1(cold).padStart(7)}   warm (after 1 new message) median ${f1(sortNum(warm)[2]).padStart(6)}`);
  }
  await window.happyDOM.close();
}

// ----------------------------------------------------------------------------------------------------- report

const scriptSizes = readdirSync(contentScriptDir)
  .filter((f) => f.endsWith('.js'))
  .sort()
  .map((f) => {
    const bytes = readFileSync(join(contentScriptDir, f));
    return { name: f, size: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
  });

console.log(`\n1. Read time, ${MESSAGES}-message ticket — DOM: Chromium ${version} headless, live page served at the helpdesk URL`);
console.log(`   cold = first read of a ticket (nothing cached), median of ${COLD_RUNS} after ${SETTLE_MS / 1000} s of quiet and ${COLD_WARMUP} unmeasured reads, the adapters taking turns; 1st = the page's very first`);
console.log('   read (the reader not yet optimised by the JIT: once per tab); warm = read after 1 new message (what the watcher does');
console.log(`   on each change), median/p95 of ${WARM_RUNS}. CPU = main-thread CPU time of the call that reads, less that of the same call doing`);
const allHarness = sortNum(readRows.flatMap((r) => r.harnessCpu));
console.log(`   nothing (the DevTools-protocol round trip: ${f1(pct(allHarness, 0.5))} ms median, p90 ${f1(pct(allHarness, 0.9))}, measured each round); wall = performance.now around`);
console.log('   the read alone (inflated when the machine is busy). Target <= 20 ms CPU, cold and warm.');
console.log('   adapter              msgs  1st CPU  cold CPU  cold wall │ warm CPU p50  p95  warm wall p50  p95 │ target');
let readsOk = true;
// What timing a read costs besides the read itself, per page (median of the empty calls): taken off every CPU figure.
const harness = new Map(readRows.map((r) => [r, pct(sortNum(r.harnessCpu), 0.5)]));
for (const r of readRows) {
  const h = harness.get(r)!;
  const cc = sortNum(r.coldCpu.map((x) => x - h));
  const cw = sortNum(r.coldWall);
  const wc = sortNum(r.warmCpu.map((x) => x - h));
  const ww = sortNum(r.warmWall);
  const ok = pct(cc, 0.5) <= READ_TARGET_MS && pct(wc, 0.5) <= READ_TARGET_MS && r.messages === MESSAGES && r.warmMessages === MESSAGES + WARM_RUNS;
  readsOk &&= ok;
  console.log(
    `   ${r.label.padEnd(19)} ${String(r.messages).padStart(5)} ${f1(r.firstCpu - h).padStart(8)} ${f1(pct(cc, 0.5)).padStart(9)} ${f1(pct(cw, 0.5)).padStart(10)} │ ${f1(pct(wc, 0.5)).padStart(12)} ${f1(pct(wc, 0.95)).padStart(4)} ${f1(pct(ww, 0.5)).padStart(13)} ${f1(pct(ww, 0.95)).padStart(4)} │ ${ok ? 'pass' : 'FAIL'}${pct(cc, 0.5) > READ_TARGET_MS ? ' (cold over 20)' : ''}${pct(wc, 0.5) > READ_TARGET_MS ? ' (warm over 20)' : ''}`,
  );
}

const reference = sortNum(readRows.flatMap((r) => r.referenceCpu));
console.log(`   machine speed in this run: a fixed walk over a detached 2,000-message tree took ${f1(pct(reference, 0.5))} ms CPU (median; p10 ${f1(pct(reference, 0.1))}, p90 ${f1(pct(reference, 0.9))}).`);
console.log('   These shared machines drift by a quarter between minutes: compare runs by this figure too.');

console.log(`\n2. Observer cost per burst of ${BURST_SIZE} DOM mutations — DOM: same Chromium, ${MESSAGES}-message ticket, built watcher`);
console.log('   (lib/content/watch-ticket.ts bundled with esbuild; debounce 150 ms, max wait 400 ms). Main-thread ms per burst in');
console.log(`   all MutationObserver callbacks (watcher + read cache) and the debounced read (wall, performance.now), p50/p95 over ${BURSTS}`);
console.log('   bursts; "observers" = the callbacks alone; CPU = main-thread CPU per burst minus the same burst with the watcher');
console.log('   stopped (difference of medians: what the watcher and the read cost, little affected by other processes).');
console.log('   message = 1 message added + 49 hover-class toggles on messages; typing = 50 edits in the reply editor;');
console.log('   toggles = 50 class toggles outside thread and editor. "snapshot after" = from a new message to the watcher\'s');
console.log(`   report (wall, p95; target <= ${LATENCY_TARGET_MS} ms).`);
console.log('   adapter              burst      p50 ms  p95 ms  observers p50   CPU  reads reports │ check');
let burstsOk = true;
for (const r of burstRows) {
  if (!r.bursts) {
    console.log(`   ${r.label.padEnd(19)} ${r.kind.padEnd(9)}  (no reply editor in this page: not measured)`);
    continue;
  }
  const b = sortNum(r.busy);
  const cpu = pct(sortNum(r.cpuOn), 0.5) - pct(sortNum(r.cpuOff), 0.5);
  let check: string;
  if (r.kind === 'typing') {
    check = r.reads === 0 ? 'pass (no read while typing)' : `FAIL (${r.reads} reads while typing)`;
    burstsOk &&= r.reads === 0;
  } else if (r.kind === 'message') {
    // Judged on CPU (the wall figure depends on what else the machine runs), against the read target.
    const latency = pct(sortNum(r.latency), 0.95);
    const ok = cpu <= READ_TARGET_MS && r.reports === r.bursts && latency <= LATENCY_TARGET_MS;
    burstsOk &&= ok;
    check = ok
      ? `pass (CPU <= 20 ms, one report per new message, snapshot after ${Math.round(latency)} ms)`
      : `FAIL${r.reports !== r.bursts ? ` (${r.reports} reports for ${r.bursts} messages)` : ''} (snapshot after ${Math.round(latency)} ms)`;
  } else check = r.reports === 0 ? 'ok (read, nothing changed, nothing reported)' : `${r.reports} reports`;
  console.log(`   ${r.label.padEnd(19)} ${r.kind.padEnd(9)} ${f1(pct(b, 0.5)).padStart(7)} ${f1(pct(b, 0.95)).padStart(7)} ${f1(pct(sortNum(r.observer), 0.5)).padStart(14)} ${f1(cpu).padStart(5)} ${String(r.reads).padStart(6)} ${String(r.reports).padStart(7)} │ ${check}`);
}

let sizeOk = scriptSizes.length > 0;
console.log(`\n3. Content script sizes — .output/chrome-mv3/content-scripts/*.js (${buildNote})`);
for (const { name, size, gz } of scriptSizes) {
  const ok = gz <= SIZE_TARGET_KB * 1024;
  sizeOk &&= ok;
  console.log(`   ${name.padEnd(14)} raw ${f1(size / 1024)} KB, gzip -9 ${f1(gz / 1024)} KB (${gz} B) — target <= ${SIZE_TARGET_KB} KB: ${ok ? 'pass' : 'FAIL'}`);
}

for (const l of happyLines) console.log(l);
console.log(`\nload average at end (1/5/15 min): ${load()} on ${cpus().length} CPUs; bench took ${f1((performance.now() - started) / 1000)} s`);
console.log(`summary: read ${readsOk ? 'pass' : 'FAIL'}, observer ${burstsOk ? 'pass' : 'FAIL'}, size ${sizeOk ? 'pass' : 'FAIL'}`);
