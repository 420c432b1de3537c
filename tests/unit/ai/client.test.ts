// @vitest-environment node
// Real @anthropic-ai/sdk against the local mock API: streaming, retries, error mapping, cut streams.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AiError } from '../../../lib/ai/types';
import { parseRetryAfter, streamCompletion, testConnection, type RetryWait } from '../../../lib/ai/client';
import { buildDraftPrompt, completionArgs, finishOutput } from '../../../lib/ai/prompts';
import { startMockAnthropic, type MockAnthropic } from '../../mock-anthropic/server';
import { settings as baseSettings, snippets, ticket } from './helpers';

let mock: MockAnthropic;
let settings: typeof baseSettings;
beforeAll(async () => {
  mock = await startMockAnthropic();
  settings = { ...baseSettings, baseUrl: mock.url };
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.setScenario('ok');
  mock.requests.length = 0;
});

const simple = () => ({ settings, system: 'You help agents.', messages: [{ role: 'user' as const, content: '<task kind="draft">hi</task>' }] });

async function rejection(p: Promise<unknown>): Promise<AiError> {
  try {
    await p;
  } catch (e) {
    return e as AiError;
  }
  throw new Error('expected a rejection');
}

describe('streaming happy path', () => {
  it('streams a grounded, redacted draft and restores it', async () => {
    const built = buildDraftPrompt({ ticket: ticket(), snippets, settings });
    const deltas: string[] = [];
    const result = await streamCompletion({ settings, ...completionArgs(built), onText: (d) => deltas.push(d) });
    expect(result.complete).toBe(true);
    expect(result.stopReason).toBe('end_turn');
    expect(result.attempts).toBe(1);
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe(result.text);
    expect(result.usage?.outputTokens).toBeGreaterThan(0);
    // The mock quotes what it saw: placeholders, not the real address.
    expect(result.text).toContain('[EMAIL_1_');
    expect(result.text).toContain('Refund timelines" this is how it works [1]');
    const sent = JSON.stringify(mock.requests[0].body);
    expect(sent).not.toContain('maria.lopez@example.com');
    expect(mock.requests[0].body.stream).toBe(true);
    expect(mock.requests[0].headers.authorization ?? mock.requests[0].headers['x-api-key']).toBeTruthy();
    const out = finishOutput(built, result.text);
    expect(out.text).toContain('maria.lopez@example.com');
    expect(out.text.startsWith('Hi Maria Lopez,')).toBe(true);
    expect(out.text).toContain('Tom Becker');
    expect(out.cited.map((c) => c.articleId)).toEqual(['kb-refunds', 'kb-returns']);
  });

  it('flags citation numbers the model invented', async () => {
    mock.setScenario('invent_citation');
    const built = buildDraftPrompt({ ticket: ticket(), snippets, settings });
    const result = await streamCompletion({ settings, ...completionArgs(built) });
    const out = finishOutput(built, result.text);
    expect(out.invalid).toEqual([9]);
    expect(out.text).not.toContain('[9]');
  });

  it('reports max_tokens as the stop reason', async () => {
    const result = await streamCompletion({ ...simple(), maxTokens: 5 });
    expect(result.complete).toBe(true);
    expect(result.stopReason).toBe('max_tokens');
    expect(result.text.length).toBeLessThanOrEqual(20);
  });
});

describe('retries and errors', () => {
  const fast = { baseDelayMs: 5, maxDelayMs: 20 };

  it('honours retry-after on 429 and then succeeds', async () => {
    mock.setScenario([{ name: 'rate_limit', retryAfterSeconds: 1 }, 'ok']);
    const waits: RetryWait[] = [];
    const started = Date.now();
    const result = await streamCompletion({ ...simple(), retry: fast, onRetryWait: (w) => waits.push(w) });
    expect(result.complete).toBe(true);
    expect(result.attempts).toBe(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatchObject({ attempt: 1, waitMs: 1000 });
    expect(waits[0].error.kind).toBe('rate_limited');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(mock.requests).toHaveLength(2);
  });

  it('retries 529 and 500 with backoff, bounded', async () => {
    mock.setScenario(['overloaded', 'server_error', 'ok']);
    const kinds: string[] = [];
    const result = await streamCompletion({ ...simple(), retry: fast, onRetryWait: (w) => kinds.push(w.error.kind) });
    expect(result.complete).toBe(true);
    expect(kinds).toEqual(['overloaded', 'server']);

    mock.setScenario('overloaded');
    const err = await rejection(streamCompletion({ ...simple(), retry: { ...fast, maxAttempts: 3 } }));
    expect(err).toBeInstanceOf(AiError);
    expect(err.kind).toBe('overloaded');
    expect(err.message).toMatch(/overloaded/i);
    expect(mock.requests.filter((r) => r.scenario === 'overloaded')).toHaveLength(4); // 1 + 3
  });

  it('does not wait out a retry-after longer than the policy allows', async () => {
    mock.setScenario({ name: 'rate_limit', retryAfterSeconds: 120 });
    const err = await rejection(streamCompletion({ ...simple(), retry: fast }));
    expect(err.kind).toBe('rate_limited');
    expect(err.retryAfterMs).toBe(120_000);
    expect(mock.requests).toHaveLength(1);
  });

  it('does not retry 401 and says what to do', async () => {
    mock.setScenario('auth');
    const waits: RetryWait[] = [];
    const err = await rejection(streamCompletion({ ...simple(), retry: fast, onRetryWait: (w) => waits.push(w) }));
    expect(err.kind).toBe('auth');
    expect(err.message).toMatch(/API key/);
    expect(err.message).toMatch(/settings/);
    expect(waits).toEqual([]);
    expect(mock.requests).toHaveLength(1);
  });

  it('does not retry a bad request', async () => {
    mock.setScenario('bad_request');
    const err = await rejection(streamCompletion({ ...simple(), retry: fast }));
    expect(err.kind).toBe('bad_request');
    expect(mock.requests).toHaveLength(1);
  });

  it('refuses to call without an API key', async () => {
    const err = await rejection(streamCompletion({ ...simple(), settings: { ...settings, apiKey: '' } }));
    expect(err.kind).toBe('auth');
    expect(mock.requests).toHaveLength(0);
  });

  it('keeps the partial text of a cut stream and reports it incomplete', async () => {
    mock.setScenario({ name: 'cut', afterDeltas: 3 });
    const seen: string[] = [];
    const result = await streamCompletion({ ...simple(), retry: fast, onText: (_d, all) => seen.push(all) });
    expect(result.complete).toBe(false);
    expect(result.error?.kind).toBe('cut');
    expect(result.text.length).toBe(36); // 3 deltas of 12 characters
    expect(result.text).toBe(seen[seen.length - 1]);
    expect(mock.requests).toHaveLength(1); // text already shown: no silent retry
  });

  it('an error event mid-stream keeps the partial text too', async () => {
    mock.setScenario({ name: 'stream_error', afterDeltas: 2 });
    const result = await streamCompletion({ ...simple(), retry: fast });
    expect(result.complete).toBe(false);
    expect(result.text.length).toBe(24);
    expect(result.error?.kind).toBe('overloaded');
  });

  it('waits for a slow first byte within the timeout', async () => {
    mock.setScenario({ name: 'slow', delayMs: 400 });
    const started = Date.now();
    const result = await streamCompletion({ ...simple(), firstByteTimeoutMs: 3000 });
    expect(result.complete).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it('times out a first byte that is too slow, then retries', async () => {
    mock.setScenario([{ name: 'slow', delayMs: 1500 }, 'ok']);
    const kinds: string[] = [];
    const result = await streamCompletion({ ...simple(), firstByteTimeoutMs: 300, retry: fast, onRetryWait: (w) => kinds.push(w.error.kind) });
    expect(kinds).toEqual(['timeout']);
    expect(result.complete).toBe(true);
    expect(result.attempts).toBe(2);
  });

  it('aborting keeps what arrived and does not throw', async () => {
    const slowMock = await startMockAnthropic({ deltaDelayMs: 30 });
    try {
      const controller = new AbortController();
      const result = await streamCompletion({
        ...simple(),
        settings: { ...settings, baseUrl: slowMock.url },
        signal: controller.signal,
        onText: (_d, all) => {
          if (all.length >= 24) controller.abort();
        },
      });
      expect(result.aborted).toBe(true);
      expect(result.complete).toBe(false);
      expect(result.text.length).toBeGreaterThanOrEqual(24);
    } finally {
      await slowMock.close();
    }
  });

  it('parses retry-after in seconds, milliseconds and HTTP dates', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 4000)).toBe(6000);
    expect(parseRetryAfter(new Headers({}))).toBeUndefined();
  });
});

describe('test connection', () => {
  it('accepts a working key and model', async () => {
    const check = await testConnection(settings);
    expect(check).toMatchObject({ ok: true, model: 'claude-sonnet-5-5', displayName: 'Claude Sonnet 5.5' });
  });
  it('names an unknown model', async () => {
    const check = await testConnection({ ...settings, model: 'claude-nonexistent' });
    expect(check.ok).toBe(false);
    expect(check.error?.message).toContain('claude-nonexistent');
  });
  it('reports a refused key', async () => {
    mock.setScenario('auth');
    const check = await testConnection(settings);
    expect(check.ok).toBe(false);
    expect(check.error?.kind).toBe('auth');
  });
  it('reports an unreachable server as a network problem', async () => {
    const check = await testConnection({ ...settings, baseUrl: 'http://127.0.0.1:1' });
    expect(check.ok).toBe(false);
    expect(check.error?.kind).toBe('network');
  });
});
