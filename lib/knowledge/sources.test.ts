// @vitest-environment node
// The options page's knowledge sources: policy sources mapped to syncs and imports (against a local node:http
// server), file imports with zips and bad files, stored counts per source, and the agent's own sources in local:.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TandemDB } from '../db';
import { loadIndex } from './store';
import { rankArticles } from '../kb';
import { AuthError, HttpError } from './sync';
import type { KnowledgeSource } from '../policy/types';
import {
  addAgentSource,
  agentKbSourcesItem,
  countBySource,
  countRateLimits,
  fileNameOfUrl,
  importFiles,
  originToRequest,
  planPolicySource,
  removeAgentSource,
  removeSource,
  syncErrorKind,
  syncPolicySource,
  withHeaders,
} from './sources';
import { clearSecretsForTests } from '../secrets';
import type { ImportFile } from './import';

type Handler = (req: IncomingMessage, url: URL, res: ServerResponse) => void;
const servers: Server[] = [];
const dbs: TandemDB[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  for (const d of dbs.splice(0)) await d.delete();
});

async function serve(handler: Handler) {
  const requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    requests.push({ path: url.pathname + url.search, headers: req.headers });
    handler(req, url, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}
const send = (res: ServerResponse, body: string, type: string, status = 200, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
};
const db = () => {
  const d = new TandemDB(`kb-sources-${dbs.length}-${Date.now()}`);
  dbs.push(d);
  return d;
};
const noSleep = { sleep: async () => {} };

const DEMO_KB = join(__dirname, '../../demo/kb');
const demoFiles = (): ImportFile[] =>
  readdirSync(DEMO_KB)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(DEMO_KB, name), 'utf8') }));

describe('planPolicySource', () => {
  it('maps a Zendesk source with a Bearer header to bearer auth on the help center origin', () => {
    const plan = planPolicySource({ id: 'hc', kind: 'zendesk', url: 'https://acme.zendesk.com/hc/en-us', headers: { Authorization: 'Bearer abc123', 'X-Team': 'support' } });
    expect(plan).toEqual({
      type: 'sync',
      config: { kind: 'zendesk', baseUrl: 'https://acme.zendesk.com', auth: { bearer: 'abc123' }, includeMacros: false },
      headers: { 'X-Team': 'support' },
      source: 'zendesk:acme.zendesk.com',
    });
  });

  it('keeps a Basic (or any other) Authorization header to send as given', () => {
    const plan = planPolicySource({ id: 'hc', kind: 'zendesk', url: 'https://help.acme.com', headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(plan.type).toBe('sync');
    expect(plan.headers).toEqual({ authorization: 'Basic dXNlcjpwYXNz' });
  });

  it('maps url and api sources to their own source names', () => {
    expect(planPolicySource({ id: 'f', kind: 'url', url: 'https://files.acme.com/kb/help%20center.zip' })).toMatchObject({
      type: 'file',
      name: 'help center.zip',
      source: 'url:https://files.acme.com/kb/help%20center.zip',
    });
    expect(planPolicySource({ id: 'a', kind: 'api', url: 'https://kb.acme.com/v1/articles', headers: { 'X-Api-Key': 'k' } })).toEqual({
      type: 'api',
      url: 'https://kb.acme.com/v1/articles',
      headers: { 'X-Api-Key': 'k' },
      source: 'api:https://kb.acme.com/v1/articles',
    });
  });

  it('names a file from its URL path, or from the content type when the path has no extension', () => {
    expect(fileNameOfUrl('https://x.test/a/b/faq.md?v=2')).toBe('faq.md');
    expect(fileNameOfUrl('https://x.test/export', 'application/json; charset=utf-8')).toBe('export.json');
    expect(fileNameOfUrl('https://x.test/', 'text/csv')).toBe('index.csv');
  });
});

describe('withHeaders / countRateLimits', () => {
  it('drops the placeholder bearer, sets the policy headers, and keeps a real bearer when none overrides it', async () => {
    const seen: Headers[] = [];
    const fake = async (_u: string, init?: RequestInit) => (seen.push(new Headers(init?.headers)), new Response('{}'));
    const { config, headers } = planPolicySource({ id: 'z', kind: 'zendesk', url: 'https://a.zendesk.com', headers: { Authorization: 'Basic Zm9v' } }) as Extract<
      ReturnType<typeof planPolicySource>,
      { type: 'sync' }
    >;
    await withHeaders(fake, headers)('https://a.zendesk.com/x', { headers: { Authorization: `Bearer ${'bearer' in config.auth ? config.auth.bearer : ''}`, Accept: 'application/json' } });
    expect(seen[0].get('authorization')).toBe('Basic Zm9v');
    expect(seen[0].get('accept')).toBe('application/json');
    await withHeaders(fake, {})('https://a.zendesk.com/x', { headers: { Authorization: 'Bearer real' } });
    expect(seen[1].get('authorization')).toBe('Bearer real');
  });

  it('counts the 429 answers a sync waited out', async () => {
    const statuses = [429, 429, 200];
    const seen: number[] = [];
    const f = countRateLimits(async () => new Response('{}', { status: statuses.shift() }), (s) => seen.push(s));
    for (let i = 0; i < 3; i++) await f('https://x.test/');
    expect(seen).toEqual([429, 429]);
  });
});

describe('syncPolicySource against a local server', () => {
  it('zendesk with a Basic header: the header reaches the server as given, once; articles land under zendesk:<host>', async () => {
    const { base, requests } = await serve((_req, url, res) => {
      if (url.pathname === '/api/v2/help_center/articles.json')
        return send(res, JSON.stringify({ articles: [{ id: 7, title: 'Refund timing', body: '<p>Refunds take <b>5–10 days</b>.</p>', html_url: `${base}/hc/7` }], next_page: null }), 'application/json');
      send(res, '{}', 'application/json', 404);
    });
    const d = db();
    const src: KnowledgeSource = { id: 'hc', kind: 'zendesk', url: `${base}/hc/en-us`, headers: { Authorization: 'Basic YWdlbnQ6c2VjcmV0' } };
    const r = await syncPolicySource(d, src, fetch, undefined, noSleep);
    expect(r).toMatchObject({ source: `zendesk:${new URL(base).host}`, fetched: 1, added: 1, removed: 0 });
    expect(requests.map((q) => q.headers.authorization)).toEqual(['Basic YWdlbnQ6c2VjcmV0']);
    expect((await d.kbArticles.toArray()).map((a) => a.body)).toEqual(['Refunds take 5–10 days.']);
  });

  it('url: imports the file under url:<url>; a re-sync updates changed items and removes deleted ones; other sources stay', async () => {
    let items = [
      { id: 'a', title: 'Shipping times', body: 'Standard delivery takes 3–5 days.' },
      { id: 'b', title: 'Old promo', body: 'Summer codes.' },
    ];
    const { base, requests } = await serve((_req, url, res) => {
      if (url.pathname === '/kb/articles.json') return send(res, JSON.stringify(items), 'application/json');
      send(res, 'nope', 'text/plain', 404);
    });
    const d = db();
    await importFiles(d, [{ name: 'local.md', text: '# Local\n\nA local note about shipping.' }]);
    const src: KnowledgeSource = { id: 'f', kind: 'url', url: `${base}/kb/articles.json`, headers: { 'X-Token': 's3cret' } };
    const first = await syncPolicySource(d, src, fetch, undefined, noSleep);
    expect(first).toMatchObject({ source: `url:${base}/kb/articles.json`, fetched: 2, added: 2, updated: 0, removed: 0 });
    expect(requests[0].headers['x-token']).toBe('s3cret');
    expect(await d.kbArticles.get(`url:${base}/kb/articles.json:a`)).toMatchObject({ title: 'Shipping times', source: `url:${base}/kb/articles.json` });

    items = [{ id: 'a', title: 'Shipping times', body: 'Standard delivery takes 2–4 days.' }];
    const second = await syncPolicySource(d, src, fetch, undefined, noSleep);
    expect(second).toMatchObject({ fetched: 1, added: 0, updated: 1, unchanged: 0, removed: 1 });
    expect(await countBySource(d)).toEqual([
      { source: 'file:local.md', count: 1 },
      { source: `url:${base}/kb/articles.json`, count: 1 },
    ]);
    // The persisted index agrees with the table: the removed article is not found, the updated one is.
    const index = await loadIndex(d);
    expect(rankArticles(index, 'summer promo codes').map((h) => h.articleId)).not.toContain(`url:${base}/kb/articles.json:b`);
    expect(rankArticles(index, 'delivery days')[0].articleId).toBe(`url:${base}/kb/articles.json:a`);
  });

  it('url: a broken file throws before writing, so what the source had stays', async () => {
    let body = JSON.stringify([{ id: 'a', title: 'Keep me', body: 'Still here.' }]);
    const { base } = await serve((_req, _url, res) => send(res, body, 'application/json'));
    const d = db();
    const src: KnowledgeSource = { id: 'f', kind: 'url', url: `${base}/kb.json` };
    await syncPolicySource(d, src, fetch, undefined, noSleep);
    body = '[{"id": "a", "title": "Keep me", ';
    await expect(syncPolicySource(d, src, fetch, undefined, noSleep)).rejects.toThrow(/invalid JSON/);
    expect((await d.kbArticles.toArray()).map((a) => a.title)).toEqual(['Keep me']);
  });

  it('url: a markdown file without an extension in the path is named from its content type', async () => {
    const { base } = await serve((_req, _url, res) => send(res, '---\ntitle: Returns\nkind: macro\n---\nSend it back within 30 days.', 'text/markdown'));
    const d = db();
    const r = await syncPolicySource(d, { id: 'm', kind: 'url', url: `${base}/returns` }, fetch, undefined, noSleep);
    expect(r.fetched).toBe(1);
    expect(await d.kbArticles.get(`url:${base}/returns`)).toMatchObject({ title: 'Returns', kind: 'macro', body: 'Send it back within 30 days.' });
  });

  it('api: sends the headers, waits out a 429 with Retry-After, and reads the importer JSON shapes', async () => {
    let calls = 0;
    const waits: number[] = [];
    const { base, requests } = await serve((_req, _url, res) => {
      if (calls++ === 0) return send(res, '{"error":"slow down"}', 'application/json', 429, { 'retry-after': '3' });
      send(res, JSON.stringify({ articles: [{ id: 1, title: 'Two-factor help', body: 'Use a backup code.', tags: 'login,2fa' }] }), 'application/json');
    });
    const d = db();
    const r = await syncPolicySource(d, { id: 'a', kind: 'api', url: `${base}/v1/articles`, headers: { 'X-Api-Key': 'k1' } }, fetch, undefined, {
      sleep: async (ms) => void waits.push(ms),
    });
    expect(waits).toEqual([3000]);
    expect(requests.map((q) => q.headers['x-api-key'])).toEqual(['k1', 'k1']);
    expect(r).toMatchObject({ source: `api:${base}/v1/articles`, fetched: 1, added: 1 });
    expect(await d.kbArticles.get(`api:${base}/v1/articles:1`)).toMatchObject({ title: 'Two-factor help', tags: ['login', '2fa'] });
  });

  it('api: 401 becomes an AuthError (the "credentials refused" message) and writes nothing', async () => {
    const { base } = await serve((_req, _url, res) => send(res, '{}', 'application/json', 401));
    const d = db();
    const err = await syncPolicySource(d, { id: 'a', kind: 'api', url: `${base}/v1/articles` }, fetch, undefined, noSleep).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthError);
    expect(syncErrorKind(err)).toBe('auth');
    expect(await d.kbArticles.count()).toBe(0);
  });
});

describe('syncErrorKind', () => {
  it('sorts failures into what the agent can act on', async () => {
    expect(syncErrorKind(new HttpError(429, 'x'))).toBe('rate');
    expect(syncErrorKind(new HttpError(500, 'x'))).toBe('http');
    const network = await fetch('http://127.0.0.1:1/').catch((e: unknown) => e);
    expect(syncErrorKind(network)).toBe('network');
    expect(syncErrorKind(new Error('x'))).toBe('other');
  });
});

describe('originToRequest', () => {
  it('needs nothing for the helpdesks the manifest grants, and an origin pattern for any other host', () => {
    expect(originToRequest('https://acme.zendesk.com')).toBeNull();
    expect(originToRequest('https://acme.freshdesk.com/api/v2')).toBeNull();
    expect(originToRequest('https://api.intercom.io')).toBe('https://api.intercom.io/*');
    expect(originToRequest('https://help.acme.com/hc/en-us')).toBe('https://help.acme.com/*');
    expect(originToRequest('not a url')).toBeNull();
  });
});

describe('importFiles', () => {
  it('imports the demo knowledge base and a bad file: the bad one is listed with why, the rest stored', async () => {
    const d = db();
    const progress: number[] = [];
    const r = await importFiles(d, [...demoFiles(), { name: 'broken.json', text: '{"articles": [' }], (p) => p.phase === 'read' && progress.push(p.filesDone));
    expect(r).toMatchObject({ files: 13, articles: 12, added: 12, updated: 0, unchanged: 0 });
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]).toMatchObject({ file: 'broken.json' });
    expect(r.skipped[0].reason).toMatch(/invalid JSON/);
    expect(progress).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(await d.kbArticles.count()).toBe(12);
  });

  it('a zip of the same files updates the same articles (all unchanged), and a bad file later loses nothing', async () => {
    const d = db();
    await importFiles(d, demoFiles());
    const zip = zipSync(Object.fromEntries(demoFiles().map((f) => [f.name, strToU8(f.text!)])));
    const again = await importFiles(d, [{ name: 'demo-kb.zip', bytes: zip }]);
    expect(again).toMatchObject({ articles: 12, added: 0, updated: 0, unchanged: 12, skipped: [] });
    const bad = await importFiles(d, [{ name: 'broken.zip', bytes: new Uint8Array([1, 2, 3, 4]) }, { name: 'empty.md', text: '---\ntitle: x\n---\n' }]);
    expect(bad.skipped.map((s) => s.file)).toEqual(['broken.zip', 'empty.md']);
    expect(bad.skipped[0].reason).toMatch(/zip/);
    expect(await d.kbArticles.count()).toBe(12);
  });

  it('reads File-like inputs (folder picks keep their relative path) and reports unreadable ones', async () => {
    const d = db();
    const file = (name: string, text: string, webkitRelativePath = '') => ({ name, webkitRelativePath, arrayBuffer: async () => strToU8(text).buffer as ArrayBuffer });
    const unreadable = { name: 'locked.md', arrayBuffer: async () => Promise.reject(new Error('NotReadableError')) };
    const r = await importFiles(d, [file('faq.md', '# FAQ\n\nAnswers.', 'kb/faq.md'), file('rows.csv', 'title,body\nA,first\nB,\n'), unreadable]);
    expect(r).toMatchObject({ files: 3, articles: 2, added: 2 });
    expect(r.skipped).toEqual([
      { file: 'rows.csv', row: 2, code: 'bad-item', reason: 'no body' },
      { file: 'locked.md', code: 'unreadable', reason: 'could not read the file (NotReadableError)' },
    ]);
    expect((await d.kbArticles.toArray()).map((a) => a.id).sort()).toEqual(['file:kb/faq.md', 'file:rows.csv:1']);
  });
});

describe('stored knowledge', () => {
  it('counts per source and removes one source from the table and the index', async () => {
    const d = db();
    await importFiles(d, [
      { name: 'a.md', text: '# Alpha\n\nalpha refunds' },
      { name: 'many.json', text: JSON.stringify([{ title: 'One', body: 'first refunds' }, { title: 'Two', body: 'second refunds' }]) },
    ]);
    expect(await countBySource(d)).toEqual([
      { source: 'file:a.md', count: 1 },
      { source: 'file:many.json', count: 2 },
    ]);
    expect(await removeSource(d, 'file:many.json')).toBe(2);
    expect(await countBySource(d)).toEqual([{ source: 'file:a.md', count: 1 }]);
    expect(rankArticles(await loadIndex(d), 'refunds').map((h) => h.articleId)).toEqual(['file:a.md']);
  });
});

describe("the agent's own sources", () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearSecretsForTests();
  });

  it('are kept with the secrets (not in any storage area), refuse a duplicate, and can be removed', async () => {
    const a = await addAgentSource({ kind: 'intercom', accessToken: 'tok', baseUrl: 'https://api.eu.intercom.io' }, 1);
    await addAgentSource({ kind: 'zendesk', baseUrl: 'https://acme.zendesk.com', auth: { email: 'a@acme.test', apiToken: 't' }, includeMacros: true }, 2);
    await expect(addAgentSource({ kind: 'intercom', accessToken: 'other', baseUrl: 'https://api.eu.intercom.io' })).rejects.toThrow(/already/);
    // storage.local is readable by content scripts in Firefox: credentials live in the extension's IndexedDB.
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).not.toContain('kbSources');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('tok');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect((await agentKbSourcesItem.getValue()).length).toBe(2);
    await removeAgentSource(a.id);
    expect((await agentKbSourcesItem.getValue()).map((s) => s.config.kind)).toEqual(['zendesk']);
  });
});
