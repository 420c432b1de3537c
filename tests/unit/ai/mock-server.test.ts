// @vitest-environment node
// The mock API itself: wire format and errors as the real Messages API sends them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockAnthropic, type MockAnthropic } from '../../mock-anthropic/server';

let mock: MockAnthropic;
beforeAll(async () => {
  mock = await startMockAnthropic();
});
afterAll(() => mock.close());

const headers = { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-api-key': 'k' };
const body = (extra: object = {}) => JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 200, messages: [{ role: 'user', content: 'Mail [EMAIL_1_k3x9] <source n="1" title="Refunds">' }], ...extra });

describe('mock Anthropic API', () => {
  it('answers non-streaming requests with a Message object quoting placeholders and sources', async () => {
    const res = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers, body: body() });
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(json).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-sonnet-5-5', stop_reason: 'end_turn' });
    expect(json.content[0].text).toContain('[EMAIL_1_k3x9]');
    expect(json.content[0].text).toContain('[1]');
    expect(json.usage.output_tokens).toBeGreaterThan(0);
  });

  it('streams SSE events in the real order', async () => {
    const res = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers: { ...headers, authorization: 'Bearer k' }, body: body({ stream: true }) });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = [...(await res.text()).matchAll(/^event: (\w+)\ndata: (.*)$/gm)].map((m) => m[1]);
    const compact = events.filter((e, i) => e !== 'content_block_delta' || events[i - 1] !== 'content_block_delta');
    expect(compact).toEqual(['message_start', 'content_block_start', 'ping', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop']);
  });

  it('answers CORS preflight and exposes retry-after', async () => {
    const res = await fetch(`${mock.url}/v1/messages`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key,anthropic-version' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    expect(res.headers.get('access-control-allow-headers')).toBe('x-api-key,anthropic-version');
    expect(res.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('returns real error shapes: 401 without a key, 400 for an invalid body, scenarios by header and magic word', async () => {
    const noKey = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' }, body: body() });
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
    const bad = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers, body: JSON.stringify({ model: 'x', max_tokens: 5, messages: [{ role: 'assistant', content: 'hi' }] }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.type).toBe('invalid_request_error');
    const limited = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers: { ...headers, 'x-mock-scenario': 'rate_limit:7' }, body: body() });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await limited.json()).error.type).toBe('rate_limit_error');
    const magic = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers, body: body({ messages: [{ role: 'user', content: 'MOCK_SCENARIO:overloaded' }] }) });
    expect(magic.status).toBe(529);
    expect((await magic.json()).error.type).toBe('overloaded_error');
    const server = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers: { ...headers, 'x-mock-scenario': 'server_error' }, body: body() });
    expect(server.status).toBe(500);
    expect((await server.json()).error.type).toBe('api_error');
  });

  it('lists models for "test connection"', async () => {
    const res = await fetch(`${mock.url}/v1/models`, { headers });
    const json = await res.json();
    expect(json.data.map((m: { id: string }) => m.id)).toContain('claude-sonnet-5-5');
    expect(json.has_more).toBe(false);
  });
});
