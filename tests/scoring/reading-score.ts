// Scoring a reader against the public-facts fixture set (tests/fixtures/public/README.md says what each field
// of an .expected.json means). Shared by `npm run bench:reading` (Chromium) and tests/unit/adapters/public-set.test.ts
// (happy-dom): the page side reads (readPage), Node compares (scorePage). No DOM needed to score.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PageRead } from './reading-score-page';

export { readPage, type PageRead } from './reading-score-page';

export const APPS = ['zendesk', 'intercom', 'freshdesk'] as const;

export interface ExpectedMessage { role: string; internal: boolean; authorName: string | null; textIncludes: string }
export interface Expected {
  ticketId: string | null;
  subject: string | null;
  requester: { name: string | null; email: string | null } | null;
  status: string | null;
  priority: string | null;
  messages: ExpectedMessage[];
  editor: string | null;
}
export interface FixturePage {
  set: string; // 'public' | 'public-holdout'
  app: string;
  name: string;
  file: string;
  url: string;
  shouldFlag?: boolean;
  expected: Expected;
}

/** Every fixture page of one set folder: <dir>/<app>/*.html with its .expected.json; misleading/ pages are
 *  filed under the app their name starts with. */
export function loadFixtureSet(dir: string, set: string): FixturePage[] {
  if (!existsSync(dir)) return [];
  const pages: FixturePage[] = [];
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of readdirSync(join(dir, sub.name)).sort()) {
      if (!f.endsWith('.html')) continue;
      const name = f.slice(0, -5);
      const jsonPath = join(dir, sub.name, `${name}.expected.json`);
      if (!existsSync(jsonPath)) continue;
      const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
      const app = APPS.find((a) => sub.name === a || name.startsWith(a)) ?? sub.name;
      pages.push({
        set: sub.name === 'misleading' ? `${set}/misleading` : set,
        app,
        name: `${sub.name}/${name}`,
        file: join(dir, sub.name, f),
        url: json.url,
        shouldFlag: json.shouldFlag,
        expected: json.expected,
      });
    }
  }
  return pages;
}

export interface FieldResult { field: string; ok: boolean; expected: unknown; got: unknown }

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const lower = (s: string | null | undefined) => norm(s).toLowerCase() || null;
const orNull = (s: string | null | undefined) => norm(s) || null;

/** Field-by-field comparison of one page. Messages are matched in order by their text: expected message i is the
 *  first read message after the previous match whose text contains textIncludes; its role, internal flag and
 *  author are compared with that one (all wrong when none is found), so one missing message costs its own fields
 *  only. */
export function scorePage(page: FixturePage, read: PageRead): FieldResult[] {
  const e = page.expected;
  const s = read.snapshot;
  const out: FieldResult[] = [];
  const check = (field: string, expected: unknown, got: unknown) => out.push({ field, ok: expected === got, expected, got });
  check('ticketId', orNull(e.ticketId), orNull(s?.ticketId));
  check('subject', orNull(e.subject), orNull(s?.subject));
  check('requester.name', orNull(e.requester?.name), orNull(s?.requester.name));
  check('requester.email', lower(e.requester?.email), lower(s?.requester.email));
  check('status', lower(e.status), lower(s?.status));
  check('priority', lower(e.priority), lower(s?.priority));
  const got = s?.messages ?? [];
  check('messages.count', e.messages.length, got.length);
  let from = 0;
  e.messages.forEach((m, i) => {
    const want = norm(m.textIncludes);
    let at = -1;
    for (let j = from; j < got.length; j++) {
      if (norm(got[j].text).includes(want)) {
        at = j;
        break;
      }
    }
    const g = at >= 0 ? got[at] : undefined;
    if (at >= 0) from = at + 1;
    const label = `messages[${i}]`;
    check(`${label}.present`, true, !!g);
    check(`${label}.role`, m.role, g?.author.role ?? null);
    check(`${label}.internal`, !!m.internal, g ? !!g.internal : null);
    check(`${label}.authorName`, orNull(m.authorName), g ? orNull(g.author.name) : '(message not found)');
  });
  out.push({ field: 'editor', ok: read.editorRight, expected: e.editor, got: read.editorRight ? e.editor : '(other element or none)' });
  return out;
}

export interface Tally { right: number; total: number; wrong: string[] }

/** Tallies by `${set} ${app}`. */
export function tally(results: { page: FixturePage; fields: FieldResult[] }[]): Map<string, Tally> {
  const by = new Map<string, Tally>();
  for (const { page, fields } of results) {
    const key = `${page.set} ${page.app}`;
    const t = by.get(key) ?? { right: 0, total: 0, wrong: [] };
    for (const f of fields) {
      t.total++;
      if (f.ok) t.right++;
      else t.wrong.push(`${page.name}: ${f.field} expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.got)}`);
    }
    by.set(key, t);
  }
  return by;
}

export const percent = (t: Tally) => (t.total ? (100 * t.right) / t.total : 100);
