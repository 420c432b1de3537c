// @vitest-environment node
// The drafting service end to end below the UI: real @anthropic-ai/sdk against the local mock API, real Dexie on
// fake-indexeddb.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AiSettings, KbSnippet } from '../../../lib/ai/types';
import type { TandemDB } from '../../../lib/db';
import { createDraftService, type DraftServiceDeps } from '../../../lib/drafts/service';
import { isStale, newCustomerMessagesSince } from '../../../lib/drafts/stale';
import type { DraftRow } from '../../../lib/drafts/types';
import { startMockAnthropic, type MockAnthropic } from '../../mock-anthropic/server';
import { settings as baseSettings, snippets, ticket } from '../ai/helpers';
import { deferred, freshDb, seedTicket, waitFor } from './helpers';

let mock: MockAnthropic;
beforeAll(async () => {
  mock = await startMockAnthropic({ deltaDelayMs: 0 });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.setScenario('ok');
  mock.requests.length = 0;
});

const noWait = async () => {};

function setup(over: Partial<DraftServiceDeps> & { settings?: Partial<AiSettings>; snippets?: KbSnippet[] } = {}) {
  const db = freshDb();
  const settings: AiSettings = { ...baseSettings, baseUrl: mock.url, ...over.settings };
  const service = createDraftService({
    db,
    loadSettings: async () => settings,
    getSnippets: async () => over.snippets ?? snippets,
    sleep: noWait,
    ...over,
  });
  return { db, service, settings };
}

const draftRow = async (db: TandemDB, id: string) => (await db.drafts.get(id))!;

describe('drafting into IndexedDB', () => {
  it('streams a draft into its row while it arrives, throttled, and stores redacted and restored text', async () => {
    const slow = await startMockAnthropic({ deltaDelayMs: 8, deltaSize: 6 });
    try {
      const { db, service } = setup({ settings: { baseUrl: slow.url }, throttleMs: 50 });
      const stored = await seedTicket(db);
      let writes = 0;
      db.drafts.hook('updating', () => {
        writes++;
      });
      const result = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
      expect(result).toMatchObject({ ok: true, mode: 'ai' });
      // Mid-stream the row already holds part of the text and says it is streaming.
      const partial = await waitFor(async () => {
        const r = await draftRow(db, result.draftId!);
        return r.status === 'streaming' && r.text.length > 0 && r;
      });
      expect(partial.text.length).toBeGreaterThan(0);
      await service.idle();
      const done = await draftRow(db, result.draftId!);
      expect(done.status).toBe('done');
      expect(done.kind).toBe('reply');
      expect(done.text.length).toBeGreaterThan(partial.text.length);
      // Placeholders went to the model; real values come back for display/insert.
      expect(done.redactedText).toContain('[EMAIL_1_');
      expect(done.redactedText).not.toContain('maria.lopez@example.com');
      expect(done.text).toContain('maria.lopez@example.com');
      expect(done.text).toContain('+1 (415) 555-0132');
      expect(done.text.startsWith('Hi Maria Lopez,')).toBe(true);
      expect(done.citations?.map((c) => c.articleId)).toEqual(['kb-refunds', 'kb-returns']);
      expect(done.basedOnCustomerMessages).toBe(1);
      // ~40 deltas over ~320 ms: throttled to far fewer writes than deltas.
      const deltas = Math.ceil(done.redactedText!.length / 6);
      expect(writes).toBeLessThan(deltas / 2);
      expect(JSON.stringify(slow.requests[0].body)).not.toContain('maria.lopez@example.com');
    } finally {
      await slow.close();
    }
  });

  it('keeps the service worker alive while streaming and lets go afterwards', async () => {
    let active = 0;
    let starts = 0;
    const { db, service } = setup({
      keepAlive: () => {
        active++;
        starts++;
        return () => active--;
      },
    });
    const stored = await seedTicket(db);
    await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    expect(active).toBe(1);
    await service.idle();
    expect(active).toBe(0);
    expect(starts).toBe(1);
  });

  it('refines into a new version, keeps the old one, and restores it', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    const first = await draftRow(db, draftId!);

    const refined = await service.run({ action: { kind: 'refine', draftId: draftId!, refinement: { kind: 'friendlier' } } });
    expect(refined).toMatchObject({ ok: true, draftId });
    await service.idle();
    const second = await draftRow(db, draftId!);
    expect(second.status).toBe('done');
    expect(second.instruction).toBe('Friendlier');
    expect(second.text).toContain('[mock:refine]');
    expect(second.text).toContain('warmer and friendlier');
    expect(second.versions).toHaveLength(1);
    expect(second.versions[0].text).toBe(first.text);
    expect(second.versions[0].instruction).toBe('Draft reply');
    // The refine prompt carried the draft (redacted again), not the real address.
    const sent = JSON.stringify(mock.requests[1].body);
    expect(sent).toContain('<draft>');
    expect(sent).not.toContain('maria.lopez@example.com');

    const custom = await service.run({ action: { kind: 'refine', draftId: draftId!, refinement: { kind: 'custom', instruction: 'Mention the 5 day window' } } });
    expect(custom.ok).toBe(true);
    await service.idle();
    expect((await draftRow(db, draftId!)).versions).toHaveLength(2);

    const restored = await service.run({ action: { kind: 'restore', draftId: draftId!, versionIndex: 0 } });
    expect(restored).toMatchObject({ ok: true, mode: 'local' });
    const third = await draftRow(db, draftId!);
    expect(third.text).toBe(first.text);
    expect(third.redactedText).toBe(first.redactedText);
    expect(third.versions).toHaveLength(3); // nothing lost: the custom refinement is a version now
    expect(third.versions[2].instruction).toBe('Mention the 5 day window');
  });

  it('a refine that fails before any text gives the previous text back with the error', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    const before = await draftRow(db, draftId!);
    mock.setScenario('auth');
    await service.run({ action: { kind: 'refine', draftId: draftId!, refinement: { kind: 'shorter' } } });
    await service.idle();
    const after = await draftRow(db, draftId!);
    expect(after.status).toBe('error');
    expect(after.text).toBe(before.text);
    expect(after.versions).toHaveLength(0);
  });
});

describe('failures in plain words', () => {
  it('a cut stream keeps the partial text, marked incomplete; continue sends it back as the answer start', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    mock.setScenario({ name: 'cut', afterDeltas: 4 });
    const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    const cut = await draftRow(db, draftId!);
    expect(cut.status).toBe('incomplete');
    expect(cut.errorKind).toBe('cut');
    expect(cut.error).toMatch(/cut off|stopped/i);
    expect(cut.error).toMatch(/continue it or regenerate/);
    expect(cut.text.length).toBeGreaterThan(0);
    expect(cut.text.length).toBeLessThanOrEqual(4 * 12 + 20); // about four deltas (restored name is longer)
    expect(cut.text.startsWith('Hi Maria Lopez,')).toBe(true);

    mock.setScenario('ok');
    const cont = await service.run({ action: { kind: 'continue', draftId: draftId! } });
    expect(cont.ok).toBe(true);
    await service.idle();
    const body = mock.requests[mock.requests.length - 1].body;
    const last = body.messages[body.messages.length - 1];
    expect(last.role).toBe('assistant');
    expect(last.content).toContain('[NAME_1_'); // the partial text, redacted with the new prompt's placeholders
    expect(last.content).not.toContain('Maria');
    const done = await draftRow(db, draftId!);
    expect(done.status).toBe('done');
    expect(done.text.startsWith(cut.text.trimEnd())).toBe(true);

    const regen = await service.run({ action: { kind: 'regenerate', draftId: draftId! } });
    expect(regen.ok).toBe(true);
    await service.idle();
    const again = await draftRow(db, draftId!);
    expect(again.versions.at(-1)?.text).toBe(done.text);
    expect(again.status).toBe('done');
  });

  it('an action on a draft that no longer exists fails with a code the panel translates', async () => {
    const { service } = setup();
    expect(await service.run({ action: { kind: 'regenerate', draftId: 'gone' } })).toMatchObject({ ok: false, code: 'draft-gone' });
  });

  it('a refused key (401) says what to do', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    mock.setScenario('auth');
    const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    const row = await draftRow(db, draftId!);
    expect(row.status).toBe('error');
    expect(row.errorKind).toBe('auth');
    expect(row.error).toMatch(/API key was refused.*settings/);
    expect(mock.requests).toHaveLength(1); // never retried
  });

  it('a 429 stores the retry-at time for the countdown, then succeeds', async () => {
    const gate = deferred();
    const waits: number[] = [];
    let t = 1_000_000;
    const { db, service } = setup({
      now: () => t,
      sleep: async (ms) => {
        waits.push(ms);
        await gate.promise;
      },
    });
    const stored = await seedTicket(db);
    mock.setScenario([{ name: 'rate_limit', retryAfterSeconds: 7 }, 'ok']);
    const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    const waiting = await waitFor(async () => {
      const r = await draftRow(db, draftId!);
      return r.retryAt !== undefined && r;
    });
    expect(waits).toEqual([7000]);
    expect(waiting.retryAt).toBe(1_000_000 + 7000);
    expect(waiting.status).toBe('streaming');
    expect(waiting.errorKind).toBe('rate_limited');
    expect(waiting.error).toMatch(/Too many requests.*7 seconds/);
    t += 7000;
    gate.resolve();
    await service.idle();
    const done = await draftRow(db, draftId!);
    expect(done.status).toBe('done');
    expect(done.retryAt).toBeUndefined();
    expect(done.error).toBeUndefined();
  });
});

describe('offline and no key', () => {
  it('with no API key builds the labelled offline draft and sends nothing', async () => {
    const { db, service } = setup({ settings: { apiKey: '' } });
    const stored = await seedTicket(db);
    const result = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    expect(result).toMatchObject({ ok: true, mode: 'offline' });
    const row = await draftRow(db, result.draftId!);
    expect(row.kind).toBe('offline');
    expect(row.status).toBe('done');
    expect(row.offlineLabel).toMatch(/No API key/);
    expect(row.offlineLabel).toMatch(/not written by the AI/);
    expect(row.text.startsWith('Hi Maria,')).toBe(true);
    expect(row.text).toContain('Refunds are issued within 5 business days');
    expect(row.text).toContain('Tom Becker');
    expect(row.citations?.[0]).toMatchObject({ n: 1, articleId: 'kb-refunds', url: 'https://help.acme.test/refunds' });
    expect(mock.requests).toHaveLength(0);
    expect(await db.queue.count()).toBe(0);
  });

  it('offline: offline draft now, request queued, run when the network returns', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    const result = await service.run({ action: { kind: 'draft', ticketKey: stored.key }, online: false });
    expect(result).toMatchObject({ ok: true, mode: 'offline' });
    expect((await draftRow(db, result.draftId!)).offlineLabel).toMatch(/You are offline/);
    const queuedRows = (await db.drafts.toArray()).filter((r) => r.status === 'queued');
    expect(queuedRows).toHaveLength(1);
    const chat = await service.run({ action: { kind: 'chat', ticketKey: stored.key, message: 'What should I ask next?' }, online: false });
    expect(chat.mode).toBe('queued');
    expect(await db.queue.count()).toBe(2);
    expect(mock.requests).toHaveLength(0);

    // Still offline: nothing runs.
    expect(await service.drainQueue(false)).toBe(0);
    expect(await db.queue.count()).toBe(2);

    expect(await service.drainQueue(true)).toBe(2);
    await service.idle();
    expect(await db.queue.count()).toBe(0);
    const written = await draftRow(db, queuedRows[0].id);
    expect(written.status).toBe('done');
    expect(written.text).toContain('[mock:draft]');
    const chats = await db.chats.where('ticketKey').equals(stored.key).sortBy('at');
    expect(chats.map((c) => c.role)).toEqual(['user', 'assistant']);
    expect(chats[0].queued).toBeUndefined();
    expect(chats[1].text).toContain('[mock:chat]');
    expect(mock.requests).toHaveLength(2);
  });

  it('a network error gives the offline draft and queues the request', async () => {
    const { db, service } = setup({ settings: { baseUrl: 'http://127.0.0.1:9' }, retry: { maxAttempts: 2 } });
    const stored = await seedTicket(db);
    const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    const row = await draftRow(db, draftId!);
    expect(row.status).toBe('queued');
    expect(row.error).toMatch(/Could not reach 127\.0\.0\.1:9/);
    const offline = (await db.drafts.toArray()).find((r) => r.kind === 'offline')!;
    expect(offline.offlineLabel).toMatch(/Could not reach the AI/);
    expect(await db.queue.count()).toBe(1);
  });

  it('marks a draft written before the latest customer message as stale', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    const draft = await draftRow(db, draftId!);
    expect(isStale(draft, await db.tickets.get(stored.key))).toBe(false);
    const newer = ticket();
    newer.messages.push({ author: { role: 'agent', name: 'Tom' }, text: 'Looking into it.' }, { author: { role: 'customer', name: 'Maria Lopez' }, text: 'Any news?' });
    await seedTicket(db, newer);
    const current = await db.tickets.get(stored.key);
    expect(isStale(draft, current)).toBe(true);
    expect(newCustomerMessagesSince(draft, current)).toBe(1);
    // Regenerating writes it for the current state.
    await service.run({ action: { kind: 'regenerate', draftId: draftId! } });
    await service.idle();
    expect(isStale(await draftRow(db, draftId!), current)).toBe(false);
  });
});

describe('chat, summaries, preview, recovery', () => {
  it('keeps the chat per ticket and sends earlier turns as history', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    await service.run({ action: { kind: 'chat', ticketKey: stored.key, message: 'Is she eligible for a refund?', starter: 'policy_grey_area' } });
    await service.idle();
    await service.run({ action: { kind: 'chat', ticketKey: stored.key, message: 'Write what I should ask her.' } });
    await service.idle();
    const turns = await db.chats.where('ticketKey').equals(stored.key).sortBy('at');
    expect(turns.map((t) => `${t.role}:${t.status}`)).toEqual(['user:done', 'assistant:done', 'user:done', 'assistant:done']);
    expect(turns[0].starter).toBe('policy_grey_area');
    const body = mock.requests[1].body;
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(turns[3].text).toContain('Next steps');
    expect(turns[1].redactedText).toContain('[EMAIL_1_');
    expect(turns[1].text).toContain('maria.lopez@example.com');
  });

  it('writes a handoff summary as its own draft kind', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    const { draftId } = await service.run({ action: { kind: 'summary', ticketKey: stored.key, purpose: 'handoff' } });
    await service.idle();
    const row = await draftRow(db, draftId!);
    expect(row.kind).toBe('summary');
    expect(row.purpose).toBe('handoff');
    expect(row.text).toContain('[mock:summary]');
    expect(row.text).toMatch(/Problem:.*Next steps:/);
  });

  it('previews exactly what a draft request sends, redacted', async () => {
    const { db, service, settings } = setup();
    const stored = await seedTicket(db);
    const preview = await service.preview({ action: { kind: 'draft', ticketKey: stored.key } });
    expect(preview.text).toContain(`Model: ${settings.model}`);
    expect(preview.text).toContain('<ticket>');
    expect(preview.text).toContain('[EMAIL_1_');
    expect(preview.text).not.toContain('maria.lopez@example.com');
    expect(preview.redactions.map((r) => r.value)).toContain('maria.lopez@example.com');
    const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    // The same system prompt and user turn went out (up to the placeholders' code, which is new for every request).
    const uncoded = (text: string) => text.replace(/(\[[A-Z]+_\d+)_[a-z0-9]{4}\]/g, '$1]');
    expect(uncoded(preview.text)).toContain(uncoded(mock.requests[0].body.system));
    expect(uncoded(preview.text)).toContain(uncoded(mock.requests[0].body.messages[0].content));
    expect(mock.requests).toHaveLength(1);
    expect(draftId).toBeTruthy();
  });

  it('marks rows left streaming by a killed worker as incomplete', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    const row: DraftRow = { id: 'orphan', ticketKey: stored.key, kind: 'reply', text: 'Hi Maria, your ref', versions: [], status: 'streaming', basedOnCustomerMessages: 1, createdAt: 1, updatedAt: 1 };
    await db.drafts.add(row);
    await db.chats.add({ id: 'orphan-chat', ticketKey: stored.key, role: 'assistant', text: '', status: 'streaming', at: 1 });
    expect(await service.recoverInterrupted()).toBe(2);
    expect((await draftRow(db, 'orphan')).status).toBe('incomplete');
    expect((await draftRow(db, 'orphan')).error).toMatch(/restarted/);
    expect((await db.chats.get('orphan-chat'))?.status).toBe('error');
  });

  it('stop keeps the partial text as incomplete', async () => {
    const slow = await startMockAnthropic({ deltaDelayMs: 30 });
    try {
      const { db, service } = setup({ settings: { baseUrl: slow.url } });
      const stored = await seedTicket(db);
      const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
      await waitFor(async () => (await draftRow(db, draftId!)).text.length > 0);
      expect(service.stop(draftId!)).toBe(true);
      await service.idle();
      const row = await draftRow(db, draftId!);
      expect(row.status).toBe('incomplete');
      expect(row.errorKind).toBe('stopped');
      expect(row.text.length).toBeGreaterThan(0);
    } finally {
      await slow.close();
    }
  });
});

describe('busy drafts and the offline queue (issue 14, item 8)', () => {
  it('two refines of one draft in flight run one after another: two versions in order, neither lost', async () => {
    const slow = await startMockAnthropic({ deltaDelayMs: 4, deltaSize: 8 });
    try {
      const { db, service } = setup({ settings: { baseUrl: slow.url } });
      const stored = await seedTicket(db);
      const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
      await service.idle();
      const original = await draftRow(db, draftId!);

      const [a, b] = await Promise.all([
        service.run({ action: { kind: 'refine', draftId: draftId!, refinement: { kind: 'friendlier' } } }),
        service.run({ action: { kind: 'refine', draftId: draftId!, refinement: { kind: 'shorter' } } }),
      ]);
      expect(a).toMatchObject({ ok: true, mode: 'ai' });
      expect(b).toMatchObject({ ok: true, mode: 'ai' });
      await service.idle();

      const row = await draftRow(db, draftId!);
      expect(row.status).toBe('done');
      expect(row.versions.map((v) => v.instruction)).toEqual(['Draft reply', 'Friendlier']);
      expect(row.versions[0].text).toBe(original.text);
      expect(row.versions[1].text).toContain('warmer and friendlier');
      expect(row.instruction).toBe('Shorter');
      expect(row.text).toContain('about half as long');
      expect(row.text).not.toContain('warmer and friendlier'); // one stream per row: no interleaved text
      // The second refine worked on the first one's result.
      expect(slow.requests).toHaveLength(3);
      expect(JSON.stringify(slow.requests[2].body)).toContain('warmer and friendlier');
    } finally {
      await slow.close();
    }
  });

  it('deletes a queued job only after it ran: a worker killed meanwhile finds it again', async () => {
    const settings: AiSettings = { ...baseSettings, baseUrl: mock.url };
    let hang = false;
    const { db, service } = setup({ loadSettings: () => (hang ? new Promise<AiSettings>(() => {}) : Promise.resolve(settings)) });
    const stored = await seedTicket(db);
    const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    expect(await service.run({ action: { kind: 'refine', draftId: draftId!, refinement: { kind: 'shorter' } }, online: false })).toMatchObject({ mode: 'queued' });
    expect(await db.queue.count()).toBe(1);

    // The worker starts the job and is killed before it gets anywhere (here: it never gets its settings).
    hang = true;
    void service.drainQueue(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.queue.count()).toBe(1);

    // The next worker runs it, then deletes it.
    hang = false;
    const next = createDraftService({ db, loadSettings: async () => settings, getSnippets: async () => snippets, sleep: noWait });
    expect(await next.drainQueue(true)).toBe(1);
    await next.idle();
    expect(await db.queue.count()).toBe(0);
    expect(await draftRow(db, draftId!)).toMatchObject({ status: 'done', instruction: 'Shorter' });
  });

  it('a queued job that fails is removed and does not block the jobs after it', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    // A chat turn queued for a ticket that is gone since (retention): answering it throws.
    await db.chats.add({ id: 'u1', ticketKey: 'zendesk:gone.zendesk.com:404', role: 'user', text: 'hello?', at: 1, queued: true });
    await db.queue.add({ createdAt: 1, kind: 'drafts.run', payload: { chatUserId: 'u1' } });
    await db.queue.add({ createdAt: 2, kind: 'drafts.run', payload: { action: { kind: 'draft', ticketKey: stored.key } } });
    expect(await service.drainQueue(true)).toBe(1);
    await service.idle();
    expect(await db.queue.count()).toBe(0);
  });
});

describe('a ticket read from a page whose id disagrees with its URL (reading health, issue 13)', () => {
  it('is never drafted for: no row, nothing sent to the API', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db, { ...ticket(), health: { confidence: 'low', reasons: ['id-mismatch-url', 'subject-found'] } });
    const result = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    // A code the panel translates (no extension i18n in this test: the message is the code itself).
    expect(result).toMatchObject({ ok: false, code: 'id-mismatch', message: 'id-mismatch' });
    expect(await db.drafts.count()).toBe(0);
    expect(mock.requests.length).toBe(0);
    const chat = await service.run({ action: { kind: 'chat', ticketKey: stored.key, message: 'What now?' } });
    expect(chat.ok).toBe(false);
  });
});

describe('labels as codes (issue 18)', () => {
  it('rows store a code beside the English words: the draft, a refinement, its version, a restore and a queued action', async () => {
    const { db, service } = setup();
    const stored = await seedTicket(db);
    const { draftId } = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    expect(await draftRow(db, draftId!)).toMatchObject({ instruction: 'Draft reply', instructionCode: { code: 'draft' } });
    await service.run({ action: { kind: 'refine', draftId: draftId!, refinement: { kind: 'shorter' } } });
    await service.idle();
    const refined = await draftRow(db, draftId!);
    expect(refined).toMatchObject({ instruction: 'Shorter', instructionCode: { code: 'refine', preset: 'shorter' } });
    expect(refined.versions[0]).toMatchObject({ instruction: 'Draft reply', instructionCode: { code: 'draft' } });
    await service.run({ action: { kind: 'restore', draftId: draftId!, versionIndex: 0 } });
    expect(await draftRow(db, draftId!)).toMatchObject({ instruction: 'Restored: Draft reply', instructionCode: { code: 'restored', of: { code: 'draft' }, version: 1 } });
    await service.run({ action: { kind: 'regenerate', draftId: draftId! }, online: false });
    expect(await draftRow(db, draftId!)).toMatchObject({ status: 'queued', queuedAction: 'Regenerate', queuedActionCode: { code: 'regenerate' } });
    await service.drainQueue(true);
    await service.idle();
    const done = await draftRow(db, draftId!);
    expect(done.queuedAction).toBeUndefined();
    expect(done.queuedActionCode).toBeUndefined();
  });
});
