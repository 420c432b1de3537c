// `npm run bench:requester-email`: what a read of a 2,000-message ticket costs when the page shows no requester
// e-mail. Zendesk and Intercom then look for an address beside the requester's name outside the thread
// (adapters/shared/requester.ts), on every read the watcher makes; the thread's subtree is skipped whole, so the
// search should cost about as much as a page that shows the address. Debian Chromium, the adapters bundle injected;
// prints the median per-read wall time (repeat reads, so the per-message cache is warm, as for the watcher's reads).
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { longThreadHtml } from '../tests/fixtures/adapters/generate';

const root = resolve(dirname(process.argv[1]), '..');
const READS_PER_ROUND = 20;
const ROUNDS = 7;
const CASES = [
  { kind: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/1042', address: /<a data-test-id="user-profile-email"[^>]*>[^<]*<\/a>/ },
  { kind: 'intercom', url: 'https://app.intercom.com/a/inbox/tandemdemo/inbox/conversation/215', address: /<div data-user-email>[^<]*<\/div>/ },
] as const;

const bundle = await build({
  stdin: {
    contents: `import { pickAdapter } from './adapters';
      window.__reads = (n) => { const a = pickAdapter(location.href, document); const t0 = performance.now();
        for (let i = 0; i < n; i++) a.readTicket(document); return (performance.now() - t0) / n; };
      window.__email = () => pickAdapter(location.href, document).readTicket(document).requester?.email ?? null;`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  console.log('adapter    page               e-mail read                 median ms per read');
  for (const c of CASES) {
    const html = longThreadHtml(c.kind, 2000);
    if (!c.address.test(html)) throw new Error(`${c.kind}: the generated page no longer has the address this bench removes`);
    for (const [label, body] of [['shows the e-mail', html], ['no e-mail', html.replace(c.address, '')]] as const) {
      const page = await browser.newPage();
      await page.route('**/*', (r) => r.fulfill({ contentType: 'text/html', body }));
      await page.goto(c.url);
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      const email = await page.evaluate(() => (window as unknown as { __email: () => string | null }).__email());
      await page.evaluate((n) => (window as unknown as { __reads: (n: number) => number }).__reads(n), READS_PER_ROUND);
      const ms: number[] = [];
      for (let i = 0; i < ROUNDS; i++) ms.push(await page.evaluate((n) => (window as unknown as { __reads: (n: number) => number }).__reads(n), READS_PER_ROUND));
      ms.sort((a, b) => a - b);
      console.log(`${c.kind.padEnd(10)} ${label.padEnd(18)} ${String(email).padEnd(27)} ${ms[ROUNDS >> 1]!.toFixed(2)}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
