// `npm run bench:health`: the figure of issue 13 part 5 — reading health on misleading pages.
//   1. Misleading pages (tests/fixtures/public/misleading/*.html with "shouldFlag": true): how many are flagged, i.e.
//      the reader returns no ticket (the panel says "no open ticket") or a snapshot whose health is low.
//   2. Reads of the other pages — the non-misleading public pages (tests/fixtures/public/<app>/), the misleading
//      set's "shouldFlag": false pages, and the demo-style adapter fixtures (tests/fixtures/adapters/) — split by
//      whether the read is right: a public page's read is right when its ticket id, subject (where the page has
//      one) and messages (count, and role + internal of each, in order) match its .expected.json; the demo-style
//      fixtures are right by their unit tests. Wrong reads flagged (target: all); right reads flagged low
//      (target < 5 %).
//   Partial pages (fixtures built to lack fields, the RT reply form without its thread) are printed apart: they are
//   neither traps nor complete reads.
// Each page is parsed by happy-dom (the unit tests' DOM) and read under its URL with pickAdapter + readTicket, then
// readingHealth with the page signals the content script gives (the adapter's page ticket id, the structural
// finder's block count from adapters/shared/structure.ts). Options: --verbose prints every page's reasons.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { pickAdapter } from '../adapters/index';
import type { CustomAdapterConfig } from '../adapters/custom';
import type { TicketSnapshot } from '../adapters/types';
import { requestTrackerConfig } from '../adapters/presets/request-tracker';
import { HEALTH_FINDINGS, readingHealth } from '../adapters/shared/health';
import { findThreadByStructure } from '../adapters/shared/structure';

const root = resolve(dirname(process.argv[1]), '..');
const verbose = process.argv.includes('--verbose');
const publicDir = join(root, 'tests/fixtures/public');
const adapterDir = join(root, 'tests/fixtures/adapters');
const json = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

const customConfigs: CustomAdapterConfig[] = [
  json<CustomAdapterConfig>(join(adapterDir, 'custom/helphive.config.json')),
  requestTrackerConfig('127.0.0.1:8080')!,
];

interface Expected {
  url: string;
  shouldFlag?: boolean;
  why?: string;
  expected: { ticketId: string | null; subject: string | null; messages: { role: string; internal: boolean }[] };
}

interface Page {
  name: string;
  file: string;
  url: string;
  kind: 'misleading' | 'correct' | 'partial';
  why?: string;
  expected?: Expected['expected'];
}

const pages: Page[] = [];
for (const app of ['zendesk', 'intercom', 'freshdesk', 'misleading']) {
  for (const f of readdirSync(join(publicDir, app)).filter((n) => n.endsWith('.html')).sort()) {
    const e = json<Expected>(join(publicDir, app, f.replace(/\.html$/, '.expected.json')));
    pages.push({ name: `public/${app}/${f}`, file: join(publicDir, app, f), url: e.url, kind: e.shouldFlag ? 'misleading' : 'correct', why: e.why, expected: e.expected });
  }
}
// The demo-style fixtures, under the URLs their unit tests read them with.
const demo: [string, string, Page['kind']][] = [
  ['zendesk/agent-workspace.html', 'https://tandem-demo.zendesk.com/agent/tickets/1042', 'correct'],
  ['zendesk/classic.html', 'https://tandem-demo.zendesk.com/agent/tickets/2211', 'correct'],
  ['zendesk/long-thread.html', 'https://tandem-demo.zendesk.com/agent/tickets/1042', 'correct'],
  ['zendesk/missing-fields.html', 'https://tandem-demo.zendesk.com/agent/tickets/3001', 'partial'],
  ['intercom/inbox.html', 'https://app.intercom.com/a/inbox/tandemdemo/inbox/conversation/215', 'correct'],
  ['intercom/inbox-legacy.html', 'https://app.intercom.com/a/apps/tandemdemo/inbox/inbox/all/conversations/77001', 'correct'],
  ['intercom/missing-fields.html', 'https://app.intercom.com/a/inbox/x/inbox/', 'partial'],
  ['freshdesk/mint.html', 'https://tandem-demo.freshdesk.com/a/tickets/388', 'correct'],
  ['freshdesk/mint-newest-first.html', 'https://x.freshdesk.com/a/tickets/390', 'correct'],
  ['freshdesk/legacy.html', 'https://tandem-demo.freshdesk.com/helpdesk/tickets/77', 'correct'],
  ['freshdesk/mint-missing-fields.html', 'https://x.freshdesk.com/a/tickets/12', 'partial'],
  ['custom/helphive.html', 'https://support.helphive.example/desk/cases/4821', 'correct'],
  ['rt/display.html', 'http://127.0.0.1:8080/rt/Ticket/Display.html?id=1', 'correct'],
  ['rt/update.html', 'http://127.0.0.1:8080/rt/Ticket/Update.html?Action=Respond&id=1', 'partial'],
];
for (const [f, url, kind] of demo) pages.push({ name: `adapters/${f}`, file: join(adapterDir, f), url, kind });

interface Outcome {
  page: Page;
  flagged: boolean;
  /** The read matches the page's expected ticket (undefined: no expectation, taken as right). */
  right?: boolean;
  how: string;
}

/** Whether a snapshot is the page's ticket as its .expected.json describes it, and if not, what differs. */
function compare(snapshot: TicketSnapshot, e: Expected['expected']): string[] {
  const wrong: string[] = [];
  if ((e.ticketId ?? '') !== snapshot.ticketId) wrong.push('id');
  if (e.subject !== null && e.subject.trim() !== snapshot.subject.trim()) wrong.push('subject');
  const roles = (ms: { role: string; internal?: boolean }[]) => ms.map((m) => `${m.role}${m.internal ? '/internal' : ''}`).join(',');
  if (roles(e.messages) !== roles(snapshot.messages.map((m) => ({ role: m.author.role, internal: m.internal })))) wrong.push('messages');
  return wrong;
}

function readPage(page: Page): Outcome {
  const window = new Window({ url: page.url });
  const html = readFileSync(page.file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const adapter = pickAdapter(page.url, doc, customConfigs);
  if (!adapter) return { page, flagged: true, how: 'no adapter' };
  const snapshot = adapter.readTicket(doc, page.url);
  if (!snapshot) return { page, flagged: true, how: `${adapter.id}: no ticket read` };
  const health = readingHealth(snapshot, page.url, {
    pageTicketId: adapter.pageTicketId?.(doc, page.url),
    blocksOnPage: findThreadByStructure(doc)?.blocks.length,
    subjectOptional: adapter.subjectOptional?.(doc, page.url),
    readByLayout: adapter.readByLayout?.(doc),
  });
  window.happyDOM.abort();
  const wrong = page.expected ? compare(snapshot, page.expected) : [];
  const problems = health.reasons.filter((r) => !(HEALTH_FINDINGS as readonly string[]).includes(r));
  return {
    page,
    flagged: health.confidence === 'low',
    right: !wrong.length,
    how: `${adapter.id}: #${snapshot.ticketId} ${snapshot.messages.length} msgs${wrong.length ? ` WRONG READ (${wrong.join(', ')})` : ''}, ${health.confidence}${problems.length ? ` (${problems.join(', ')})` : ''}${verbose ? ` [${health.reasons.join(', ')}]` : ''}`,
  };
}

const outcomes = pages.map(readPage);
const line = (o: Outcome) => `  ${o.flagged ? 'FLAG' : ' ok '}  ${o.page.name.padEnd(52)} ${o.how}`;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');

const misleading = outcomes.filter((o) => o.page.kind === 'misleading');
const others = outcomes.filter((o) => o.page.kind === 'correct');
const wrongReads = others.filter((o) => o.right === false);
const rightReads = others.filter((o) => o.right !== false);
const partial = outcomes.filter((o) => o.page.kind === 'partial');
console.log('Misleading pages (shouldFlag: true):');
misleading.forEach((o) => console.log(line(o)));
console.log('Wrong reads of ordinary pages (the adapter missed; should be flagged):');
wrongReads.forEach((o) => console.log(line(o)));
console.log('Right reads (should not be flagged):');
rightReads.forEach((o) => console.log(line(o)));
console.log('Partial pages (built to lack fields; not counted):');
partial.forEach((o) => console.log(line(o)));
const count = (os: Outcome[]) => os.filter((o) => o.flagged).length;
console.log('');
console.log(`misleading pages flagged: ${count(misleading)} / ${misleading.length}`);
console.log(`wrong reads of ordinary pages flagged: ${count(wrongReads)} / ${wrongReads.length}`);
console.log(`right reads flagged low: ${count(rightReads)} / ${rightReads.length} (${pct(count(rightReads), rightReads.length)}; target < 5 %)`);
