// Scheduled refresh of settings/policy knowledge sources: when a source is due, what a scheduled run records,
// and the alarm that drives it from the background.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TandemDB } from '../db';
import {
  isDue,
  KB_REFRESH_ALARM,
  readSyncState,
  recordSync,
  refreshDueSources,
  registerKnowledgeRefresh,
  RETRY_FAILED_AFTER_MS,
  type RefreshDeps,
  type SourceSyncState,
} from './refresh';
import type { FetchLike } from './sync';
import type { KnowledgeSource } from '../policy/types';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 21, 12);

const dbs: TandemDB[] = [];
const newDb = () => {
  const d = new TandemDB(`kb-refresh-${dbs.length}-${Math.random()}`);
  dbs.push(d);
  return d;
};
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  for (const d of dbs.splice(0)) await d.delete();
});

const source = (over: Partial<KnowledgeSource> = {}): KnowledgeSource => ({
  id: 'faq', kind: 'url', url: 'https://acme.zendesk.com/exports/faq.md', name: 'FAQ', refreshHours: 12, ...over,
});
const state = (over: Partial<SourceSyncState> = {}): SourceSyncState => ({
  sourceId: 'faq', url: 'https://acme.zendesk.com/exports/faq.md', at: NOW, trigger: 'scheduled', ok: true, ...over,
});

describe('isDue', () => {
  it('is never due without a positive refresh interval', () => {
    for (const refreshHours of [undefined, 0, -3, Number.NaN]) expect(isDue(source({ refreshHours }), undefined, NOW)).toBe(false);
  });

  it('is due when never synced, or synced from another URL', () => {
    expect(isDue(source(), undefined, NOW)).toBe(true);
    expect(isDue(source(), state({ url: 'https://acme.zendesk.com/old.md' }), NOW + 1)).toBe(true);
  });

  it('after a successful sync, waits refreshHours from when it finished', () => {
    const s = state({ at: NOW });
    expect(isDue(source(), s, NOW + 11 * HOUR)).toBe(false);
    expect(isDue(source(), s, NOW + 12 * HOUR - 1)).toBe(false);
    expect(isDue(source(), s, NOW + 12 * HOUR)).toBe(true);
    expect(isDue(source({ refreshHours: 0.5 }), s, NOW + 0.5 * HOUR)).toBe(true);
  });

  it('after a failed sync, tries again after an hour, or after refreshHours if shorter', () => {
    const failed = state({ ok: false, error: { kind: 'http', message: '500' } });
    expect(isDue(source(), failed, NOW + RETRY_FAILED_AFTER_MS - 1)).toBe(false);
    expect(isDue(source(), failed, NOW + RETRY_FAILED_AFTER_MS)).toBe(true);
    expect(isDue(source({ refreshHours: 0.25 }), failed, NOW + 0.25 * HOUR)).toBe(true);
  });

  it('does not wait for a clock that moved back', () => {
    expect(isDue(source(), state({ at: NOW }), NOW - 2 * HOUR)).toBe(true);
  });
});

/** A file server as a FetchLike: each call answers with the current body, or fails as told. */
function fileServer(body: string) {
  const calls: string[] = [];
  let mode: 'ok' | 'error' | 'network' = 'ok';
  const fetchFn: FetchLike = async (input) => {
    calls.push(input);
    if (mode === 'network') throw new TypeError('Failed to fetch');
    if (mode === 'error') return new Response('boom', { status: 500 });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/markdown' } });
  };
  return { calls, fetchFn, set: (m: typeof mode) => (mode = m) };
}

const FAQ = '# Shipping times\n\nStandard delivery takes 3-5 days.\n';

describe('refreshDueSources', () => {
  let clock = NOW;
  let online = true;
  const deps = (fetchFn: FetchLike, over: Partial<RefreshDeps> = {}): RefreshDeps => ({
    fetchFn, online: () => online, hasHostAccess: async () => true, now: () => clock, policy: { sleep: async () => {} }, ...over,
  });
  beforeEach(() => {
    clock = NOW;
    online = true;
  });

  it('syncs a due source, records the outcome, and skips it until refreshHours have passed', async () => {
    const db = newDb();
    const server = fileServer(FAQ);
    const report = await refreshDueSources(db, [source()], deps(server.fetchFn));
    expect(report).toEqual({ offline: false, synced: ['faq'], failed: [] });
    expect(server.calls).toEqual(['https://acme.zendesk.com/exports/faq.md']);
    expect(await db.kbArticles.where('source').equals('url:https://acme.zendesk.com/exports/faq.md').count()).toBe(1);
    expect(await readSyncState(db, 'faq')).toMatchObject({ ok: true, at: NOW, trigger: 'scheduled', result: { fetched: 1, added: 1, skipped: 0 } });

    clock = NOW + 11 * HOUR;
    expect((await refreshDueSources(db, [source()], deps(server.fetchFn))).synced).toEqual([]);
    expect(server.calls).toHaveLength(1);

    clock = NOW + 12 * HOUR;
    expect((await refreshDueSources(db, [source()], deps(server.fetchFn))).synced).toEqual(['faq']);
    expect(server.calls).toHaveLength(2);
    expect(await readSyncState(db, 'faq')).toMatchObject({ ok: true, at: NOW + 12 * HOUR, result: { unchanged: 1 } });
  });

  it('leaves sources without refreshHours to "Sync now"', async () => {
    const db = newDb();
    const server = fileServer(FAQ);
    await refreshDueSources(db, [source({ refreshHours: undefined })], deps(server.fetchFn));
    expect(server.calls).toEqual([]);
    expect(await readSyncState(db, 'faq')).toBeUndefined();
  });

  it('offline, fetches and records nothing, so the source is still due when the network is back', async () => {
    const db = newDb();
    const server = fileServer(FAQ);
    online = false;
    expect(await refreshDueSources(db, [source()], deps(server.fetchFn))).toEqual({ offline: true, synced: [], failed: [] });
    expect(server.calls).toEqual([]);
    expect(await readSyncState(db, 'faq')).toBeUndefined();
    online = true;
    expect((await refreshDueSources(db, [source()], deps(server.fetchFn))).synced).toEqual(['faq']);
  });

  it('records a failed sync as the source\'s error and keeps what was stored', async () => {
    const db = newDb();
    const server = fileServer(FAQ);
    await refreshDueSources(db, [source()], deps(server.fetchFn));
    server.set('error');
    clock = NOW + 12 * HOUR;
    expect(await refreshDueSources(db, [source()], deps(server.fetchFn))).toEqual({ offline: false, synced: [], failed: ['faq'] });
    const s = await readSyncState(db, 'faq');
    expect(s).toMatchObject({ ok: false, at: NOW + 12 * HOUR, error: { kind: 'http' } });
    expect(s?.error?.message).toContain('500');
    expect(await db.kbArticles.count()).toBe(1);
  });

  it('a connection lost during the sync is not the source\'s error: the previous outcome stays', async () => {
    const db = newDb();
    const server = fileServer(FAQ);
    await refreshDueSources(db, [source()], deps(server.fetchFn));
    clock = NOW + 12 * HOUR;
    server.set('network');
    const fetchThenOffline: FetchLike = async (input, init) => {
      online = false;
      return server.fetchFn(input, init);
    };
    expect((await refreshDueSources(db, [source()], deps(fetchThenOffline))).offline).toBe(true);
    expect(await readSyncState(db, 'faq')).toMatchObject({ ok: true, at: NOW });
  });

  it('does not fetch from a host the agent never granted, and says so', async () => {
    const db = newDb();
    const server = fileServer(FAQ);
    const hosts: string[] = [];
    const src = source({ url: 'https://kb.acme.example/faq.md' });
    const report = await refreshDueSources(db, [src], deps(server.fetchFn, { hasHostAccess: async (o) => (hosts.push(o), false) }));
    expect(report.failed).toEqual(['faq']);
    expect(hosts).toEqual(['https://kb.acme.example/*']);
    expect(server.calls).toEqual([]);
    expect(await readSyncState(db, 'faq')).toMatchObject({ ok: false, error: { kind: 'permission' } });
  });
});

describe('recordSync', () => {
  it('records a manual sync\'s result and error, and passes both on', async () => {
    const db = newDb();
    const result = { source: 'url:x', fetched: 2, added: 2, updated: 0, unchanged: 0, removed: 0, skipped: [{ file: 'x', code: 'bad-item' as const, reason: 'bad row' }] };
    await expect(recordSync(db, source(), 'manual', async () => result, () => NOW)).resolves.toBe(result);
    expect(await readSyncState(db, 'faq')).toEqual({
      sourceId: 'faq', url: source().url, at: NOW, trigger: 'manual', ok: true, result: { ...result, skipped: 1 },
    });
    const failure = new TypeError('Failed to fetch');
    await expect(recordSync(db, source(), 'manual', () => Promise.reject(failure), () => NOW + 1)).rejects.toBe(failure);
    expect(await readSyncState(db, 'faq')).toMatchObject({ ok: false, at: NOW + 1, error: { kind: 'network', message: 'Failed to fetch' } });
  });
});

describe('registerKnowledgeRefresh (the alarm)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates a periodic alarm once, and each alarm syncs the due sources of the current settings', async () => {
    const db = newDb();
    const server = fileServer(FAQ);
    vi.stubGlobal('fetch', server.fetchFn);
    let settings = { knowledgeSources: [source()], features: { knowledge: true } };
    registerKnowledgeRefresh(() => db, async () => settings);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(KB_REFRESH_ALARM)).toBeDefined());
    const alarm = (await fakeBrowser.alarms.get(KB_REFRESH_ALARM))!;
    expect(alarm.periodInMinutes).toBeGreaterThan(0);

    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(async () => expect(await readSyncState(db, 'faq')).toMatchObject({ ok: true, trigger: 'scheduled' }));
    expect(server.calls).toHaveLength(1);
    await fakeBrowser.alarms.onAlarm.trigger(alarm); // 15 minutes later: not due again
    await new Promise((r) => setTimeout(r, 50));
    expect(server.calls).toHaveLength(1);

    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, name: 'someone-else' });
    settings = { knowledgeSources: [source({ id: 'other', url: 'https://acme.zendesk.com/other.md' })], features: { knowledge: false } };
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.calls).toHaveLength(1); // another alarm, and knowledge switched off: no sync
  });

  it('a restarted worker keeps the alarm that outlived it instead of creating another', async () => {
    await fakeBrowser.alarms.create(KB_REFRESH_ALARM, { delayInMinutes: 7, periodInMinutes: 15 });
    const before = await fakeBrowser.alarms.get(KB_REFRESH_ALARM);
    const created = vi.spyOn(fakeBrowser.alarms, 'create');
    registerKnowledgeRefresh(() => newDb(), async () => ({ knowledgeSources: [], features: { knowledge: true } }));
    await new Promise((r) => setTimeout(r, 20));
    expect(created).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(KB_REFRESH_ALARM)).toEqual(before);
  });
});
