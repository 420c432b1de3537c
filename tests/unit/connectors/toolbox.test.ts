// @vitest-environment node
// Issue 16: the registry against a real MCP server (the SDK's own, Streamable HTTP, on 127.0.0.1): tools listed with
// their readOnlyHint, a tool policy does not allow is never offered, and every fault comes back with a clear reason.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openToolbox, ToolCallError } from '../../../lib/connectors/registry';
import type { ConnectorConfig } from '../../../lib/connectors/types';
import { startLocalMcp, type LocalMcp } from './helpers';

let server: LocalMcp;
let locked: LocalMcp;
beforeAll(async () => {
  server = await startLocalMcp({ delayMs: 1500 });
  locked = await startLocalMcp({ token: 'test-token' });
});
afterAll(async () => {
  await server.close();
  await locked.close();
});
beforeEach(() => server.setMode('ok'));

const shop = (over: Partial<ConnectorConfig> = {}): ConnectorConfig => ({ id: 'shop', name: 'Shop', kind: 'mcp', url: server.url, ...over });

async function failure(p: Promise<unknown>): Promise<ToolCallError> {
  try {
    await p;
  } catch (err) {
    return err as ToolCallError;
  }
  throw new Error('expected a failure');
}

describe('MCP tools', () => {
  it('lists the tools with readOnlyHint, only those policy allows, and calls one', async () => {
    const box = await openToolbox([shop({ tools: ['get_order', 'get_account_status', 'add_account_note'] })]);
    try {
      expect(box.tools.map((t) => [t.apiName, t.readOnly])).toEqual([
        ['get_order', true],
        ['get_account_status', true],
        ['add_account_note', false],
      ]);
      expect(box.find('hidden_admin')).toBeUndefined(); // not in the allow-list: never offered
      const res = await box.call(box.find('get_order')!, { order_id: 'A-1' });
      expect(JSON.parse(res.raw)).toMatchObject({ order_id: 'A-1', status: 'refund_pending' });
      expect(server.calls.at(-1)).toEqual({ tool: 'get_order', args: { order_id: 'A-1' } });
    } finally {
      await box.close();
    }
  });

  it('a tool outside the allow-list cannot be called even by name', async () => {
    const box = await openToolbox([shop({ tools: ['get_order'] })]);
    const before = server.calls.length;
    const forged = { ...box.tools[0], tool: 'hidden_admin', apiName: 'hidden_admin' };
    expect((await failure(box.call(forged, {}))).kind).toBe('not_allowed');
    expect(server.calls.length).toBe(before);
    await box.close();
  });

  it('two connectors with the same tool name get distinct names for the model', async () => {
    const box = await openToolbox([shop({ tools: ['get_order'] }), shop({ id: 'shop2', tools: ['get_order'] })]);
    expect(box.tools.map((t) => t.apiName)).toEqual(['shop__get_order', 'shop2__get_order']);
    await box.close();
  });

  it('faults: slow past the limit, tool error, malformed text is passed as data only when it parses', async () => {
    const box = await openToolbox([shop()], { callTimeoutMs: 300 });
    const tool = box.find('get_order')!;
    server.setMode('slow');
    const started = Date.now();
    const slow = await failure(box.call(tool, { order_id: 'A-1' }));
    expect(slow.kind).toBe('timeout');
    expect(slow.message).toMatch(/did not answer within/);
    expect(Date.now() - started).toBeLessThan(1400);
    server.setMode('tool_error');
    const err = await failure(box.call(tool, { order_id: 'A-1' }));
    expect(err.kind).toBe('tool_error');
    await box.close();
  });

  it('401 without the token, works with it; the token never appears in a reason', async () => {
    const denied = await openToolbox([{ id: 'crm', kind: 'mcp', url: locked.url, headers: { authorization: 'Bearer wrong-token' } }]);
    expect(denied.tools).toEqual([]);
    expect(denied.problems[0].reason).toMatch(/refused Tandem's credentials/);
    expect(JSON.stringify(denied.problems)).not.toContain('wrong-token');
    const ok = await openToolbox([{ id: 'crm', kind: 'mcp', url: locked.url, headers: { authorization: 'Bearer test-token' } }]);
    expect(ok.tools.length).toBeGreaterThan(0);
    await ok.close();
  });

  it('a server that is down is reported, and the request goes on without it', async () => {
    const gone = await startLocalMcp();
    const url = gone.url;
    await gone.close();
    const box = await openToolbox([{ id: 'gone', name: 'Gone', kind: 'mcp', url }, { id: 'shop', kind: 'mcp', url: server.url, tools: ['get_order'] }]);
    expect(box.tools.map((t) => t.tool)).toEqual(['get_order']);
    expect(box.problems).toEqual([{ connectorId: 'gone', connectorName: 'Gone', reason: expect.stringMatching(/Could not reach Gone/), code: 'down', params: ['Gone', new URL(url).host] }]);
    await box.close();
  });
});

describe('HTTP actions', () => {
  const billing: ConnectorConfig = {
    id: 'billing',
    kind: 'http',
    url: 'https://billing.example.com/api',
    headers: { Authorization: 'Bearer s3cret' },
    actions: [
      { name: 'get_invoice', description: 'Invoice', method: 'GET', path: '/invoices/{id}', inputSchema: { type: 'object', properties: { id: { type: 'string' } } }, resultPointer: '/data' },
      { name: 'refund', description: 'Refund', method: 'POST', path: '/refunds', body: { invoice: '{id}' }, inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
    ],
  };

  it('GET is read-only, POST is not; the request carries the headers, the pointer picks the part', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetchStub = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ data: { id: 'INV 7', total: 12 }, noise: 'x' }), { status: 200 });
    }) as unknown as typeof fetch;
    const box = await openToolbox([billing], { fetch: fetchStub });
    expect(box.tools.map((t) => [t.tool, t.readOnly])).toEqual([
      ['get_invoice', true],
      ['refund', false],
    ]);
    const res = await box.call(box.find('get_invoice')!, { id: 'INV 7' });
    expect(JSON.parse(res.raw)).toEqual({ id: 'INV 7', total: 12 });
    expect(seen[0].url).toBe('https://billing.example.com/api/invoices/INV%207');
    expect((seen[0].init.headers as Record<string, string>).Authorization).toBe('Bearer s3cret');
  });

  it('401 and a non-JSON answer to a pointer are clear failures', async () => {
    const box401 = await openToolbox([billing], { fetch: (async () => new Response('no', { status: 401 })) as unknown as typeof fetch });
    expect((await failure(box401.call(box401.find('get_invoice')!, { id: '1' }))).kind).toBe('auth');
    const boxHtml = await openToolbox([billing], { fetch: (async () => new Response('<html>login</html>', { status: 200 })) as unknown as typeof fetch });
    expect((await failure(boxHtml.call(boxHtml.find('get_invoice')!, { id: '1' }))).kind).toBe('malformed');
  });
});

describe("against the shared test MCP server's fault modes (tests/mcp)", () => {
  it('malformed JSON is refused as malformed; a 200 KB result is capped to 8 KB', async () => {
    const { startTestMcpServer } = await import('../../mcp/server');
    const { readableResult, capBytes, byteLength } = await import('../../../lib/connectors/result');
    const shared = await startTestMcpServer({ mode: 'malformed' });
    try {
      const box = await openToolbox([{ id: 'support', kind: 'mcp', url: shared.url }]);
      const tool = box.find('get_order')!;
      const raw = await box.call(tool, { order_id: 'TD-55120' });
      expect(() => readableResult(raw.raw, raw.expectJson)).toThrow(/not valid JSON/);
      await shared.setMode('huge');
      const huge = await box.call(tool, { order_id: 'TD-55120' });
      expect(byteLength(huge.raw)).toBeGreaterThan(100_000);
      const kept = capBytes(readableResult(huge.raw).text);
      expect(kept.capped).toBe(true);
      expect(byteLength(kept.text)).toBeLessThanOrEqual(8 * 1024);
      await box.close();
    } finally {
      await shared.close();
    }
  });
});
