// @vitest-environment node
// Each sync runs against a local node:http server that speaks the vendor's documented JSON shapes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TandemDB } from '../../db';
import { rankArticles } from '../../kb';
import { loadIndex, upsertArticles } from '../store';
import { AuthError, syncKnowledge } from './index';

type Handler = (req: IncomingMessage, url: URL, res: ServerResponse) => void;
const servers: Server[] = [];
const dbs: TandemDB[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  for (const db of dbs.splice(0)) await db.delete();
});

async function serve(handler: Handler): Promise<{ base: string; requests: { path: string; auth?: string; version?: string }[] }> {
  const requests: { path: string; auth?: string; version?: string }[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    requests.push({ path: url.pathname + url.search, auth: req.headers.authorization, version: req.headers['intercom-version'] as string });
    handler(req, url, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}
const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}, status = 200) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const db = () => {
  const d = new TandemDB(`kb-sync-${dbs.length}-${Date.now()}`);
  dbs.push(d);
  return d;
};
const noSleep = { sleep: async () => {} };

describe('Zendesk sync', () => {
  it('pages through next_page and cursor links, waits out a 429, imports macros, and re-syncs changes and deletions', async () => {
    let version = 1;
    let throttled = false;
    const waits: number[] = [];
    const { base, requests } = await serve((req, url, res) => {
      if (url.pathname === '/api/v2/help_center/articles.json') {
        if (!url.searchParams.has('page')) {
          return json(res, {
            articles: [
              { id: 1, title: 'Reset your password', body: '<p>Use the <b>reset link</b> we email you.</p>', html_url: `${base}/hc/1`, label_names: ['login'] },
              { id: 2, title: 'Draft', body: '<p>wip</p>', draft: true },
            ],
            next_page: `${base}/api/v2/help_center/articles.json?page=2`,
          });
        }
        if (!throttled) {
          throttled = true;
          return json(res, { error: 'rate limited' }, { 'retry-after': '2' }, 429);
        }
        const articles = [{ id: 3, title: version === 1 ? 'Refund timing' : 'Refund timing (updated)', body: '<p>Refunds take five days.</p>' }];
        if (version === 1) articles.push({ id: 4, title: 'Old promo', body: '<p>Summer promo codes.</p>' });
        return json(res, { articles, next_page: null });
      }
      if (url.pathname === '/api/v2/macros.json') {
        if (url.searchParams.has('cursor')) return json(res, { macros: [{ id: 11, title: 'Close', actions: [{ field: 'status', value: 'solved' }] }], meta: { has_more: false }, links: { next: null } });
        return json(res, {
          macros: [{ id: 10, title: 'Apologise for delay', actions: [{ field: 'comment_value', value: 'Sorry for the shipping delay, your parcel is on its way.' }] }],
          meta: { has_more: true },
          links: { next: `${base}/api/v2/macros.json?cursor=abc` },
        });
      }
      json(res, {}, {}, 404);
    });
    const d = db();
    await upsertArticles(d, [{ id: 'file:x.md', title: 'Unrelated local refund note', body: 'Local.', source: 'file:x.md' }]);
    const cfg = { kind: 'zendesk' as const, baseUrl: base, auth: { email: 'a@acme.test', apiToken: 'tok' }, includeMacros: true };
    const first = await syncKnowledge(d, cfg, fetch, undefined, { sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([2000]);
    expect(first).toMatchObject({ source: 'zendesk:' + new URL(base).host, fetched: 4, added: 4, removed: 0 });
    expect(requests[0].auth).toBe(`Basic ${btoa('a@acme.test/token:tok')}`);
    const idx = await loadIndex(d);
    const macro = rankArticles(idx, 'where is my parcel, shipping delay?')[0];
    expect(macro.articleId).toBe(`${first.source}:macro:10`);
    expect(idx.articles.get(macro.articleId)?.kind).toBe('macro');
    expect(rankArticles(idx, 'reset link')[0].snippet).toBe('Use the reset link we email you.');

    version = 2;
    const second = await syncKnowledge(d, cfg, fetch, undefined, noSleep);
    expect(second).toMatchObject({ fetched: 3, added: 0, updated: 1, unchanged: 2, removed: 1 });
    const after = await loadIndex(d);
    expect(rankArticles(after, 'summer promo codes')).toEqual([]);
    expect(after.articles.get(`${first.source}:3`)?.title).toBe('Refund timing (updated)');
    expect(after.articles.has('file:x.md')).toBe(true); // other sources untouched
  });

  it('uses a bearer token, and turns 401/403 into a clear AuthError without touching stored articles', async () => {
    const { base, requests } = await serve((req, url, res) => json(res, { error: 'Couldn\'t authenticate you' }, {}, 401));
    const d = db();
    await upsertArticles(d, [{ id: 'keep', title: 'Keep me', body: 'Still here.', source: `zendesk:${new URL(base).host}` }]);
    const err = await syncKnowledge(d, { kind: 'zendesk', baseUrl: base, auth: { bearer: 'oauth-tok' } }, fetch).catch((e) => e);
    expect(err).toBeInstanceOf(AuthError);
    expect(err.message).toMatch(/rejected the credentials \(401\)/);
    expect(requests[0].auth).toBe('Bearer oauth-tok');
    expect(await d.kbArticles.count()).toBe(1);
  });

  it('gives up on a 429 after the bounded retries', async () => {
    const { base, requests } = await serve((req, url, res) => json(res, {}, { 'retry-after': '1' }, 429));
    const err = await syncKnowledge(db(), { kind: 'zendesk', baseUrl: base, auth: { bearer: 't' } }, fetch, undefined, { maxRetries: 2, sleep: async () => {} }).catch((e) => e);
    expect(err.message).toMatch(/429/);
    expect(requests).toHaveLength(3);
  });
});

describe('Intercom sync', () => {
  it('sends the version header and follows pages.next', async () => {
    const { base, requests } = await serve((req, url, res) => {
      if (req.headers.authorization !== 'Bearer ic-tok') return json(res, { type: 'error.list' }, {}, 403);
      if (url.searchParams.get('starting_after') === 'c2')
        return json(res, { type: 'list', data: [{ id: '2', title: 'Export data', body: '<p>Settings, then Export.</p>', url: 'https://help/2', state: 'published' }], pages: { next: null } });
      return json(res, {
        type: 'list',
        data: [
          { id: '1', title: 'Invite teammates', body: '<p>Invite from Settings.</p>', state: 'published' },
          { id: '3', title: 'Secret draft', body: '<p>x</p>', state: 'draft' },
        ],
        pages: { type: 'pages', next: { starting_after: 'c2' } },
      });
    });
    const r = await syncKnowledge(db(), { kind: 'intercom', accessToken: 'ic-tok', baseUrl: base }, fetch);
    expect(r.fetched).toBe(2);
    expect(requests.every((q) => q.version === '2.11')).toBe(true);
    expect(r.index.articles.get(`${r.source}:2`)?.url).toBe('https://help/2');
    const denied = await syncKnowledge(db(), { kind: 'intercom', accessToken: 'wrong', baseUrl: base }, fetch).catch((e) => e);
    expect(denied).toBeInstanceOf(AuthError);
    expect(denied.message).toMatch(/403/);
  });
});

describe('Freshdesk sync', () => {
  it('walks categories, folders and articles with Link pagination, plus canned responses', async () => {
    const { base, requests } = await serve((req, url, res) => {
      const p = url.pathname;
      if (p === '/api/v2/solutions/categories') return json(res, [{ id: 1, name: 'General' }]);
      if (p === '/api/v2/solutions/categories/1/folders') return json(res, [{ id: 5 }, { id: 6 }]);
      if (p === '/api/v2/solutions/folders/5/articles') {
        if (url.searchParams.get('page') === '2') return json(res, [{ id: 52, title: 'Invoices', description: '<p>Download invoices from Billing.</p>', status: 2 }]);
        return json(res, [{ id: 51, title: 'Change plan', description: '<p>Upgrade from Plans.</p>', description_text: 'Upgrade from Plans.', status: 2, tags: ['billing'] }], {
          link: `<${base}/api/v2/solutions/folders/5/articles?per_page=100&page=2>; rel="next"`,
        });
      }
      if (p === '/api/v2/solutions/folders/6/articles') return json(res, [{ id: 61, title: 'Draft', description: 'x', status: 1 }]);
      if (p === '/api/v2/canned_response_folders') return json(res, [{ id: 9 }]);
      if (p === '/api/v2/canned_response_folders/9/responses') return json(res, [{ id: 90, title: 'Thanks', content_html: '<p>Thanks for your patience!</p>' }]);
      json(res, {}, {}, 404);
    });
    const r = await syncKnowledge(db(), { kind: 'freshdesk', baseUrl: base, apiKey: 'fd-key', includeCanned: true }, fetch);
    expect(r.fetched).toBe(3);
    expect(requests[0].auth).toBe(`Basic ${btoa('fd-key:X')}`);
    expect(r.index.articles.get(`${r.source}:52`)?.body).toBe('Download invoices from Billing.');
    expect(r.index.articles.get(`${r.source}:51`)?.url).toBe(`${base}/support/solutions/articles/51`);
    expect(r.index.articles.get(`${r.source}:canned:90`)?.kind).toBe('macro');
    expect(r.index.articles.has(`${r.source}:61`)).toBe(false);
  });
});
