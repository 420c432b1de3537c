// CPU profile of reads in Chromium (one cold read, then 20 warm ones), self time by function, to see where read
// time goes. Usage: node scripts/run-ts.mjs bench/adapters-profile.ts [zendesk|intercom|freshdesk|freshdesk-legacy] [--cold]
// --cold profiles 20 first reads (the read cache dropped before each) instead of 20 reads after no change.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
const root = resolve(dirname(process.argv[1]), '..');
const kind = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'zendesk';
const cold = process.argv.includes('--cold');
const bundle = await build({
  stdin: { contents: `import { adapters } from './adapters'; import { dropReadCache } from './adapters/shared/read-cache'; import { longThreadHtml } from './tests/fixtures/adapters/generate'; window.__bench = { adapters, longThreadHtml, dropReadCache };`, resolveDir: root, loader: 'ts' },
  bundle: true, write: false, format: 'iife', platform: 'browser', logLevel: 'silent', keepNames: false,
});
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', ...(process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [])] });
const page = await browser.newPage();
await page.setContent('<!doctype html><html><body></body></html>');
await page.addScriptTag({ content: bundle.outputFiles[0].text });
const urls: Record<string, string> = { zendesk: 'https://tandem-demo.zendesk.com/agent/tickets/1042', intercom: 'https://app.intercom.com/a/inbox/x/inbox/conversation/215', freshdesk: 'https://tandem-demo.freshdesk.com/a/tickets/388', 'freshdesk-legacy': 'https://tandem-demo.freshdesk.com/helpdesk/tickets/77' };
const id = kind.startsWith('freshdesk') ? 'freshdesk' : kind;
await page.evaluate(({ kind }) => { const b = (window as any).__bench; const html = b.longThreadHtml(kind, 2000); const d = new DOMParser().parseFromString(html, 'text/html'); document.body.replaceWith(document.adoptNode(d.body)); }, { kind });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as any);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const m0 = (await cdp.send('Performance.getMetrics')).metrics;
await cdp.send('Profiler.start');
const wall = await page.evaluate(({ id, url, cold }) => { const b = (window as any).__bench; const a = b.adapters.find((x: any) => x.id === id); a.readTicket(document, url); const ts = []; for (let i = 0; i < 20; i++) { if (cold) b.dropReadCache(document); const t = performance.now(); const snap = a.readTicket(document, url); void snap; ts.push(performance.now() - t); } return ts.sort((a, b) => a - b); }, { id, url: urls[kind], cold });
const { profile } = await cdp.send('Profiler.stop');
const m1 = (await cdp.send('Performance.getMetrics')).metrics;
const g = (ms: any[], n: string) => ms.find((m) => m.name === n)?.value;
console.log(kind, cold ? 'cold' : 'warm', 'wall median', wall[10].toFixed(1), 'ScriptDuration/read ms', (((g(m1, 'ScriptDuration') - g(m0, 'ScriptDuration')) * 1000) / 20).toFixed(1), 'ThreadTime/read', (((g(m1, 'ThreadTime') - g(m0, 'ThreadTime')) * 1000) / 20).toFixed(1));
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((s: number, i: number) => { const n: any = byId.get(s); const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + dt[i]); });
const incl = new Map<string, number>(); const parent = new Map<number, any>(); for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n); (profile.samples ?? []).forEach((s: number, i: number) => { let n: any = byId.get(s); if (n.callFrame.lineNumber < 0 && parent.get(n.id)) { const nat = n.callFrame.functionName; n = parent.get(n.id); let k = nat; for (let d = 0; d < 4 && n; d++, n = parent.get(n.id)) k += " <- " + (n.callFrame.functionName || "(anon)") + ":" + n.callFrame.lineNumber; incl.set(k, (incl.get(k) ?? 0) + dt[i]); } }); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log("NATIVE", k.padEnd(50), (v / 1000 / 20).toFixed(2), "ms/read");
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(k.padEnd(50), (v / 1000 / 20).toFixed(2), 'ms/read');
await browser.close();
