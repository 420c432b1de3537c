// @vitest-environment node
// Caps and origin rules on knowledge syncs (issue 14, items 7 and 10): an endless or oversized response is cut at
// the byte cap (never read whole), pages are capped, a `next` link to another origin is never followed (so the
// credentials never reach it), only http(s) sources are fetched — and a failed or capped sync or scheduled
// refresh loses none of the articles the source had. Fetch is a stub: every request is recorded with its headers.
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TandemDB } from '../../db';
import { LimitError } from '../limits';
import { isDue, readSyncState, refreshDueSources, RETRY_FAILED_AFTER_MS } from '../refresh';
import { addAgentSource, syncPolicySource } from '../sources';
import { syncKnowledge, type FetchLike, type SyncConfig } from './index';
import { checkKnowledgeSource } from '../../policy/validate';
import type { KnowledgeSource } from '../../policy/types';

const MB = 1024 * 1024;
const HOUR = 3_600_000;
const noSleep = { sleep: async () => {} };
const dbs: TandemDB[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});
const newDb = () => {
  const d = new TandemDB(`kb-sync-limits-${dbs.length}-${Math.random()}`);
  dbs.push(d);
  return d;
};

type Route = (url: URL) => Response | undefined;
/** A FetchLike that answers from `route` and records every request with its headers. */
function stub(route: Route) {
  const calls: { url: string; headers: Headers }[] = [];
  const fetchFn: FetchLike = async (input, init) => {
    calls.push({ url: input, headers: new Headers(init?.headers) });
    return route(new URL(input)) ?? new Response('{}', { status: 404 });
  };
  return { calls, fetchFn, origins: () => [...new Set(calls.map((c) => new URL(c.url).origin))] };
}
const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...headers } });

/** A body that never ends (16 KB of spaces per pull), with how much was pulled and whether it was cancelled.
 *  A safety stop at 32 MB keeps a reader without a cap from eating the machine's memory. */
function endless() {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (state.pulled >= 32 * MB) return c.error(new Error('test safety stop: read 32 MB'));
      state.pulled += 16 * 1024;
      c.enqueue(new Uint8Array(16 * 1024).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { state, body };
}

const ZD: SyncConfig = { kind: 'zendesk', baseUrl: 'https://acme.zendesk.com', auth: { email: 'a@acme.test', apiToken: 'zd-secret' } };
const zdArticle = (id: number) => ({ id, title: `Article ${id}`, body: `<p>Text of article ${id}.</p>`, html_url: `https://acme.zendesk.com/hc/${id}` });
const idsOf = async (db: TandemDB) => (await db.kbArticles.toArray()).map((a) => a.id).sort();

/** Zendesk with `pages` pages of one article each; `nextOf` may rewrite a page's next link. */
function zendesk(pages: number, nextOf: (page: number, normal: string | null) => string | null = (_p, n) => n) {
  return stub((url) => {
    if (url.origin === 'https://evil.example') return json({ articles: [], next_page: null }); // answers, to see who asked
    if (url.origin !== 'https://acme.zendesk.com' || url.pathname !== '/api/v2/help_center/articles.json') return undefined;
    const page = Number(url.searchParams.get('page') ?? 1);
    const normal = page < pages ? `https://acme.zendesk.com/api/v2/help_center/articles.json?page=${page + 1}` : null;
    return json({ articles: [zdArticle(page)], next_page: nextOf(page, normal) });
  });
}

describe('byte caps on responses', () => {
  it('cuts an endless API page at the cap, fails the sync before writing, and keeps what the source had', async () => {
    const db = newDb();
    await syncKnowledge(db, ZD, zendesk(2).fetchFn, undefined, noSleep);
    expect(await idsOf(db)).toEqual(['zendesk:acme.zendesk.com:1', 'zendesk:acme.zendesk.com:2']);

    const { state, body } = endless();
    const endlessApi = stub(() => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
    const error = await syncKnowledge(db, ZD, endlessApi.fetchFn, undefined, noSleep, { maxFileBytes: 1 * MB }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LimitError);
    expect((error as LimitError).code).toBe('file-too-large');
    expect(state.pulled).toBeLessThanOrEqual(1 * MB + 64 * 1024); // the cap, plus what the stream queued ahead
    expect(state.cancelled).toBe(true);
    expect(await idsOf(db)).toEqual(['zendesk:acme.zendesk.com:1', 'zendesk:acme.zendesk.com:2']);
  });

  it('refuses a response whose Content-Length is over the cap without reading it', async () => {
    const { state, body } = endless();
    const src: KnowledgeSource = { id: 'f', kind: 'url', url: 'https://files.acme.test/kb.md' };
    const f = stub(() => new Response(body, { status: 200, headers: { 'content-type': 'text/markdown', 'content-length': String(5 * MB) } }));
    await expect(syncPolicySource(newDb(), src, f.fetchFn, undefined, noSleep, { maxFileBytes: 1 * MB })).rejects.toMatchObject({
      code: 'file-too-large',
      message: expect.stringContaining('larger than 1 MB'),
    });
    expect(state.pulled).toBeLessThanOrEqual(64 * 1024); // at most what the stream queued on its own
  });

  it('the scheduled refresh of a URL source with an endless body records a size error, keeps the articles, and waits refreshHours', async () => {
    const db = newDb();
    const NOW = Date.UTC(2026, 10, 21, 12);
    let clock = NOW;
    const src: KnowledgeSource = { id: 'faq', kind: 'url', url: 'https://files.acme.test/faq.md', refreshHours: 12 };
    let serveEndless = false;
    const f = stub(() =>
      serveEndless
        ? new Response(endless().body, { status: 200, headers: { 'content-type': 'text/markdown' } })
        : new Response('# Shipping\n\nThree to five days.', { status: 200, headers: { 'content-type': 'text/markdown' } }),
    );
    const deps = { fetchFn: f.fetchFn, online: () => true, hasHostAccess: async () => true, now: () => clock, policy: noSleep, limits: { maxFileBytes: 1 * MB } };
    expect((await refreshDueSources(db, [src], deps)).synced).toEqual(['faq']);
    const before = await db.kbArticles.toArray();
    expect(before).toHaveLength(1);

    serveEndless = true;
    clock = NOW + 12 * HOUR;
    expect(await refreshDueSources(db, [src], deps)).toEqual({ offline: false, synced: [], failed: ['faq'] });
    const state = await readSyncState(db, 'faq');
    expect(state).toMatchObject({ ok: false, error: { kind: 'limit', message: expect.stringContaining('larger than 1 MB') } });
    expect(await db.kbArticles.toArray()).toEqual(before);
    // Trying again within the hour would fail the same way: the next try is refreshHours later.
    expect(isDue(src, state, clock + RETRY_FAILED_AFTER_MS)).toBe(false);
    expect(isDue(src, state, clock + 12 * HOUR)).toBe(true);
  });
});

describe('partial syncs remove nothing', () => {
  it('stops at maxPages, stores what it read, and keeps the articles of the pages it did not read', async () => {
    const db = newDb();
    await syncKnowledge(db, ZD, zendesk(3).fetchFn, undefined, noSleep);
    expect(await db.kbArticles.count()).toBe(3);
    const capped = zendesk(3);
    const r = await syncKnowledge(db, ZD, capped.fetchFn, undefined, noSleep, { maxPages: 2 });
    expect(capped.calls).toHaveLength(2);
    expect(r).toMatchObject({ fetched: 2, removed: 0, skipped: [{ file: 'Zendesk', code: 'too-many-pages', reason: expect.stringContaining('after 2 pages') }] });
    expect(await db.kbArticles.count()).toBe(3);
  });

  it('a zip from a URL source with more entries than the cap adds what it read and removes nothing', async () => {
    const db = newDb();
    const src: KnowledgeSource = { id: 'z', kind: 'url', url: 'https://files.acme.test/kb.zip' };
    const md = (t: string) => strToU8(`# ${t}\n\nAbout ${t}.`);
    let zip = zipSync({ 'a.md': md('A'), 'b.md': md('B'), 'c.md': md('C') });
    const f = stub(() => new Response(zip, { status: 200, headers: { 'content-type': 'application/zip' } }));
    expect((await syncPolicySource(db, src, f.fetchFn, undefined, noSleep)).added).toBe(3);
    zip = zipSync({ 'a.md': md('A, updated'), 'x1.md': md('X1'), 'x2.md': md('X2'), 'b.md': md('B'), 'c.md': md('C') });
    const r = await syncPolicySource(db, src, f.fetchFn, undefined, noSleep, { maxZipEntries: 2 });
    expect(r).toMatchObject({ fetched: 2, added: 1, updated: 1, removed: 0 });
    expect(r.skipped.map((s) => s.code)).toEqual(['too-many-entries']);
    expect(await db.kbArticles.count()).toBe(4);
  });

  it('an entry of a URL source\'s zip that grew past the per-file cap keeps its article as it was', async () => {
    const db = newDb();
    const src: KnowledgeSource = { id: 'z', kind: 'url', url: 'https://files.acme.test/kb.zip' };
    let zip = zipSync({ 'a.md': strToU8('# A\n\nAbout A.'), 'b.md': strToU8('# B\n\nAbout B.') });
    const f = stub(() => new Response(zip, { status: 200, headers: { 'content-type': 'application/zip' } }));
    await syncPolicySource(db, src, f.fetchFn, undefined, noSleep);
    zip = zipSync({ 'a.md': strToU8('# A\n\nAbout A.'), 'b.md': new Uint8Array(3 * MB).fill(0x62) });
    const r = await syncPolicySource(db, src, f.fetchFn, undefined, noSleep, { maxFileBytes: 1 * MB });
    expect(r).toMatchObject({ fetched: 1, unchanged: 1, removed: 0 });
    expect(r.skipped).toEqual([expect.objectContaining({ file: 'kb.zip/b.md', code: 'file-too-large' })]);
    expect((await db.kbArticles.get(`url:${src.url}/b.md`))?.body).toBe('About B.');
  });

  it('fits API articles: an overlong body is cut and a javascript: link dropped, both reported', async () => {
    const db = newDb();
    const f = stub(() =>
      json({ articles: [{ id: 1, title: 'Long', body: `<p>${'word '.repeat(2_000)}</p>`, html_url: 'javascript:alert(document.domain)' }], next_page: null }),
    );
    const r = await syncKnowledge(db, ZD, f.fetchFn, undefined, noSleep, { maxArticleChars: 500 });
    expect(r.skipped.map((s) => s.code)).toEqual(['article-too-long', 'unsafe-url']);
    const stored = await db.kbArticles.get('zendesk:acme.zendesk.com:1');
    expect(stored?.body.length).toBeLessThanOrEqual(500);
    expect(stored?.url).toBeUndefined();
  });
});

describe('pagination stays on the origin the credentials were given for', () => {
  const EVIL = 'https://evil.example';

  it('Zendesk: a next_page on another origin is not requested; page 1 is stored and nothing is removed', async () => {
    const db = newDb();
    await syncKnowledge(db, ZD, zendesk(2).fetchFn, undefined, noSleep);
    const f = zendesk(2, (page, normal) => (page === 1 ? `${EVIL}/api/v2/help_center/articles.json?page=2` : normal));
    const r = await syncKnowledge(db, ZD, f.fetchFn, undefined, noSleep);
    expect(f.origins()).toEqual(['https://acme.zendesk.com']);
    expect(f.calls[0].headers.get('authorization')).toMatch(/^Basic /);
    expect(r).toMatchObject({ fetched: 1, removed: 0, skipped: [{ code: 'next-other-origin', reason: expect.stringContaining('https://evil.example') }] });
    expect(await db.kbArticles.count()).toBe(2);
  });

  it('a policy source\'s own headers never reach the other origin either', async () => {
    const src: KnowledgeSource = { id: 'hc', kind: 'zendesk', url: 'https://acme.zendesk.com/hc', headers: { Authorization: 'Bearer policy-token', 'X-Api-Key': 'k-123' } };
    const f = zendesk(2, () => `${EVIL}/steal?page=2`);
    const r = await syncPolicySource(newDb(), src, f.fetchFn, undefined, noSleep);
    expect(f.origins()).toEqual(['https://acme.zendesk.com']);
    expect(f.calls[0].headers.get('x-api-key')).toBe('k-123');
    expect(r.skipped.map((s) => s.code)).toEqual(['next-other-origin']);
  });

  it('Intercom (pages.next as a URL) and Freshdesk (Link header) do not follow another origin, nor http:// from https://', async () => {
    const intercom = stub((url) =>
      url.origin === 'https://api.intercom.io'
        ? json({ data: [{ id: 'i1', title: 'Intercom one', body: '<p>One.</p>', state: 'published' }], pages: { next: `${EVIL}/articles?page=2` } })
        : json({ data: [], pages: {} }),
    );
    const ri = await syncKnowledge(newDb(), { kind: 'intercom', accessToken: 'ic-secret' }, intercom.fetchFn, undefined, noSleep);
    expect(intercom.origins()).toEqual(['https://api.intercom.io']);
    expect(ri).toMatchObject({ fetched: 1, skipped: [{ code: 'next-other-origin' }] });

    const freshdesk = stub((url) => {
      if (url.origin !== 'https://acme.freshdesk.com') return json([]);
      if (url.pathname === '/api/v2/solutions/categories') return json([{ id: 1 }], { link: '<http://acme.freshdesk.com/api/v2/solutions/categories?page=2>; rel="next"' });
      if (url.pathname === '/api/v2/solutions/categories/1/folders') return json([{ id: 10 }]);
      if (url.pathname === '/api/v2/solutions/folders/10/articles')
        return json([{ id: 5, title: 'Freshdesk five', description_text: 'Five.', status: 2 }], { link: `<${EVIL}/api/v2/solutions/folders/10/articles?page=2>; rel="next"` });
      return undefined;
    });
    const rf = await syncKnowledge(newDb(), { kind: 'freshdesk', baseUrl: 'https://acme.freshdesk.com', apiKey: 'fd-secret' }, freshdesk.fetchFn, undefined, noSleep);
    expect(freshdesk.origins()).toEqual(['https://acme.freshdesk.com']);
    expect(rf.fetched).toBe(1);
    expect(rf.skipped).toEqual([expect.objectContaining({ code: 'next-other-origin', reason: expect.stringContaining('http://acme.freshdesk.com') })]);
  });
});

describe('only http(s) knowledge addresses', () => {
  beforeEach(() => fakeBrowser.reset());
  const BAD = ['javascript:alert(1)', 'data:text/markdown,%23%20Hi%0A%0Atext', 'file:///etc/passwd', 'ftp://files.acme.test/kb.md'];

  it('a source with another scheme is never fetched (manual sync or scheduled refresh)', async () => {
    for (const url of BAD) {
      const f = stub(() => new Response('# Hi\n\ntext', { status: 200 }));
      const src: KnowledgeSource = { id: 's', kind: 'url', url, refreshHours: 1 };
      await expect(syncPolicySource(newDb(), src, f.fetchFn, undefined, noSleep), url).rejects.toThrow(/http\(s\)/);
      const db = newDb();
      const report = await refreshDueSources(db, [src], { fetchFn: f.fetchFn, online: () => true, hasHostAccess: async () => true, policy: noSleep });
      expect(report.failed, url).toEqual(['s']);
      expect(f.calls, url).toEqual([]);
      expect(await db.kbArticles.count()).toBe(0);
    }
  });

  it('the agent\'s own helpdesk sources must be http(s) too, when added and when synced', async () => {
    for (const baseUrl of BAD) {
      await expect(addAgentSource({ kind: 'zendesk', baseUrl, auth: { bearer: 't' } }), baseUrl).rejects.toThrow(/http\(s\)/);
      const f = stub(() => json({ articles: [], next_page: null }));
      await expect(syncKnowledge(newDb(), { kind: 'freshdesk', baseUrl, apiKey: 'k' }, f.fetchFn, undefined, noSleep), baseUrl).rejects.toThrow(/http\(s\)/);
      expect(f.calls).toEqual([]);
    }
  });

  it('policy validation refuses them (regression guard)', () => {
    for (const url of BAD) expect(checkKnowledgeSource({ id: 'k', kind: 'url', url }).ok, url).toBe(false);
    expect(checkKnowledgeSource({ id: 'k', kind: 'url', url: 'https://kb.acme.test/faq.md' }).ok).toBe(true);
  });
});
