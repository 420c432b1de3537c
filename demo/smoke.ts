// Opens every demo page in headless Chromium at its real-looking URL (served from demo/dist through
// demo/routes.ts, no network), checks the editor mounts and takes typing, exercises window.__demo, runs the
// matching adapter on the live page, and saves a screenshot per page to demo-output/.
// Usage: node demo/build.mjs && node scripts/run-ts.mjs demo/smoke.ts
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEMO_ROUTE_GLOBS, contentTypeFor, demoFileFor } from './routes';
import { DEMO_TICKETS } from './tickets';

const root = resolve(dirname(process.argv[1]), '..');
const dist = join(root, 'demo', 'dist');
const out = join(root, 'demo-output');
mkdirSync(out, { recursive: true });

const adapterBundle = (
  await build({
    stdin: { contents: `import { pickAdapter } from './adapters'; window.__tandemPick = pickAdapter;`, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    logLevel: 'silent',
  })
).outputFiles[0].text;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
const offline: string[] = [];
await context.route('**/*', async (route) => {
  const url = route.request().url();
  const file = demoFileFor(url);
  if (!file) {
    offline.push(url);
    return route.abort();
  }
  try {
    return route.fulfill({ status: 200, contentType: contentTypeFor(file), body: readFileSync(join(dist, file)) });
  } catch {
    return route.fulfill({ status: 404, body: 'not in demo/dist' });
  }
});
void DEMO_ROUTE_GLOBS;

let failures = 0;
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`);
  if (!ok) failures++;
};

async function readWithAdapter(page: Page) {
  await page.addScriptTag({ content: adapterBundle });
  return page.evaluate(() => {
    const a = (window as any).__tandemPick(location.href, document);
    return a ? { id: a.id, snap: a.readTicket(document, location.href), editor: !!a.findEditor(document) } : null;
  });
}

const firstOfPage = new Map<string, (typeof DEMO_TICKETS)[number]>();
for (const t of DEMO_TICKETS) if (!firstOfPage.has(t.page)) firstOfPage.set(t.page, t);

for (const expected of firstOfPage.values()) {
  console.log(`\n${expected.page} at ${expected.url}`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(expected.url);
  await page.waitForSelector('html[data-demo-ready]', { state: 'attached', timeout: 20000 });

  const read = await readWithAdapter(page);
  check(read?.id === expected.helpdesk, `adapter picked: ${read?.id}`);
  const snap = read?.snap;
  check(snap?.subject === expected.subject, `subject: ${snap?.subject}`);
  check(snap?.ticketId === expected.ticketId, `ticket id: ${snap?.ticketId}`);
  check(snap?.requester?.email === expected.requester.email, `requester: ${snap?.requester?.name} <${snap?.requester?.email}>`);
  check(snap?.status === expected.status, `status: ${snap?.status}`);
  check(snap?.messages?.length === expected.messageCount, `messages: ${snap?.messages?.length}/${expected.messageCount}`);
  check(JSON.stringify(snap?.messages?.map((m: any) => m.author.role)) === JSON.stringify(expected.roles), `roles: ${snap?.messages?.map((m: any) => m.author.role).join(',')}`);
  check(read?.editor === true, 'adapter finds the editor');

  // Type into the real editor like an agent.
  const editable = { ckeditor5: '.ck-editor__editable', prosemirror: '.ProseMirror', froala: '.fr-element', textarea: 'textarea' }[expected.editor];
  await page.click(editable);
  await page.keyboard.type('Hello from the smoke test');
  const typed = await page.evaluate((kind) => {
    const d = (window as any).__demo;
    if (kind === 'ckeditor5') return d.getEditorData();
    if (kind === 'prosemirror') return d.getEditorText();
    if (kind === 'froala') return d.getEditorHtml();
    return d.getEditorValue();
  }, expected.editor);
  check(String(typed).includes('Hello from the smoke test'), `typing reaches the editor model: ${String(typed).slice(0, 80)}`);

  // addMessage shows up for the adapter.
  await page.evaluate(() => (window as any).__demo.addMessage({ text: 'A new line from the customer\nsecond line' }));
  const after = await page.evaluate(() => {
    const a = (window as any).__tandemPick(location.href, document);
    const s = a.readTicket(document, location.href);
    return s.messages[s.messages.length - 1];
  });
  check(after?.text === 'A new line from the customer\nsecond line' && after.author.role === 'customer', `addMessage read back: ${JSON.stringify(after?.text)}`);

  await page.screenshot({ path: join(out, expected.page.replace('.html', '.png')) });

  // SPA navigation to a second ticket of the same page.
  const second = DEMO_TICKETS.find((t) => t.page === expected.page && t.ticketId !== expected.ticketId);
  if (second) {
    await page.evaluate((id) => (window as any).__demo.openTicket(id), second.ticketId);
    await page.waitForFunction((p) => location.href === p, second.url);
    const s2 = await page.evaluate(() => {
      const a = (window as any).__tandemPick(location.href, document);
      return a.readTicket(document, location.href);
    });
    check(s2.subject === second.subject && s2.messages.length === second.messageCount && s2.ticketId === second.ticketId, `openTicket(${second.ticketId}) -> ${s2.subject} (${s2.messages.length} messages), url ${second.url}`);
  }
  check(errors.length === 0, `no page errors ${errors.join(' | ')}`);
  await page.close();
}
// Only vendor beacons may try to leave (Froala's unlicensed-copy ping); they are aborted and the pages work.
const unexpected = offline.filter((u) => !/^https:\/\/[^/]*\.froala\.com\//.test(u));
console.log(`\naborted outside requests: ${offline.length ? [...new Set(offline)].join(', ') : 'none'}`);
check(unexpected.length === 0, `no request outside the demo except vendor beacons ${unexpected.slice(0, 5).join(', ')}`);
await browser.close();
console.log(failures ? `\n${failures} check(s) failed` : '\nall demo pages work');
process.exit(failures ? 1 : 0);
