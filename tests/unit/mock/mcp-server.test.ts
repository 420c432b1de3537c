// @vitest-environment node
// The test MCP server (tests/mcp/server.ts) driven by the SDK's own client over Streamable HTTP, as Tandem's
// background will drive it: tools and annotations, each tool's answer, and every fault mode of the i16 contract.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestMcpServer, TEST_MCP_PERSONAL, TEST_MCP_TOKEN, type TestMcpServer } from '../../mcp/server';

let mcp: TestMcpServer;
const open: Client[] = [];

async function connect(url = mcp.url, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'tandem-test', version: '0.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  open.push(client);
  return client;
}

const textOf = (result: any): string => result.content.map((c: { text?: string }) => c.text ?? '').join('');

beforeAll(async () => {
  mcp = await startTestMcpServer();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close().catch(() => undefined)));
  await mcp.setMode('ok');
  mcp.calls.length = 0;
});
afterAll(() => mcp.close());

describe('test MCP server: tools', () => {
  it('lists the five tools with schemas and annotations (readOnlyHint on reads, a write marked as such)', async () => {
    const client = await connect();
    expect(mcp.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const { tools } = await client.listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(Object.keys(byName).sort()).toEqual(['add_account_note', 'get_account_status', 'get_order', 'recent_api_errors', 'service_status']);
    for (const name of ['get_order', 'get_account_status', 'recent_api_errors', 'service_status']) {
      expect(byName[name].annotations?.readOnlyHint).toBe(true);
      expect(byName[name].description).toBeTruthy();
    }
    expect(byName.add_account_note.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
    expect(byName.get_order.inputSchema).toMatchObject({ type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] });
    expect(byName.add_account_note.inputSchema.required).toEqual(['email', 'note']);
    expect(byName.service_status.inputSchema.required ?? []).toEqual([]);
  });

  it('answers each tool with JSON text holding the value asked for and personal data, and records the calls', async () => {
    const client = await connect();
    const order = JSON.parse(textOf(await client.callTool({ name: 'get_order', arguments: { order_id: '#TD-55120' } })));
    expect(order).toMatchObject({ order_id: 'TD-55120', status: 'in_transit', customer: { email: TEST_MCP_PERSONAL.email, phone: TEST_MCP_PERSONAL.phone } });
    const account = JSON.parse(textOf(await client.callTool({ name: 'get_account_status', arguments: { email: 'Maria@Example.com' } })));
    expect(account).toMatchObject({ email: 'maria@example.com', status: 'active', contact_phone: TEST_MCP_PERSONAL.phone });
    const errors = JSON.parse(textOf(await client.callTool({ name: 'recent_api_errors', arguments: { email: 'maria@example.com' } })));
    expect(errors.errors[0]).toMatchObject({ status: 504 });
    const status = JSON.parse(textOf(await client.callTool({ name: 'service_status', arguments: {} })));
    expect(status.components.map((c: { name: string }) => c.name)).toContain('Exports');
    const note = await client.callTool({ name: 'add_account_note', arguments: { email: 'maria@example.com', note: 'Refund of the duplicate charge approved.' } });
    expect(note.isError).toBeFalsy();
    expect(mcp.notes).toEqual([{ email: 'maria@example.com', note: 'Refund of the duplicate charge approved.' }]);
    expect(mcp.calls.map((c) => c.tool)).toEqual(['get_order', 'get_account_status', 'recent_api_errors', 'service_status', 'add_account_note']);
    expect(mcp.calls[0].args).toEqual({ order_id: '#TD-55120' });
  });

  it('rejects arguments that do not match the schema, without running the tool', async () => {
    const client = await connect();
    const result = await client.callTool({ name: 'get_order', arguments: {} });
    expect(result.isError).toBe(true);
    expect(mcp.calls).toEqual([]);
  });
});

describe('test MCP server: fault modes', () => {
  it('auth: 401 without the bearer token, works with it (and the call records the header)', async () => {
    await mcp.setMode('auth');
    await expect(connect()).rejects.toThrow(/401|Unauthorized/);
    const raw = await fetch(mcp.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: '{}' });
    expect(raw.status).toBe(401);
    expect(raw.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expect(connect(mcp.url, { authorization: 'Bearer wrong' })).rejects.toThrow(/401|Unauthorized/);
    const client = await connect(mcp.url, { authorization: `Bearer ${TEST_MCP_TOKEN}` });
    await client.callTool({ name: 'service_status', arguments: {} });
    expect(mcp.calls[0].authorization).toBe(`Bearer ${TEST_MCP_TOKEN}`);
  });

  it('requireToken: a server that always wants its own token', async () => {
    const strict = await startTestMcpServer({ requireToken: 's3cret' });
    try {
      await expect(connect(strict.url)).rejects.toThrow(/401|Unauthorized/);
      const client = await connect(strict.url, { authorization: 'Bearer s3cret' });
      expect((await client.listTools()).tools.length).toBe(5);
    } finally {
      await strict.close();
    }
  });

  it('slow: the call waits delayMs; a client time limit fails it first', async () => {
    const client = await connect();
    await mcp.setMode('slow', { delayMs: 400 });
    const t0 = Date.now();
    await client.callTool({ name: 'service_status', arguments: {} });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(380);
    expect(mcp.calls[0].outcome).toBe('answered');
    await mcp.setMode('slow', { delayMs: 2000 });
    await expect(client.callTool({ name: 'service_status', arguments: {} }, undefined, { timeout: 150 })).rejects.toThrow(/timed out/i);
  });

  it('slow: a call whose connection drops is aborted, never answered (as when the service worker is killed)', async () => {
    await mcp.setMode('slow', { delayMs: 5000 });
    const abort = new AbortController();
    const pending = fetch(mcp.url, {
      method: 'POST',
      signal: abort.signal,
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_order', arguments: { order_id: 'TD-1' } } }),
    }).then((r) => r.text());
    await expect.poll(() => mcp.calls.length).toBe(1);
    abort.abort();
    await expect(pending).rejects.toThrow();
    await expect.poll(() => mcp.calls[0].outcome).toBe('aborted');
    expect(mcp.calls).toHaveLength(1);
  });

  it('huge: about 200 KB of valid JSON', async () => {
    const client = await connect();
    await mcp.setMode('huge');
    const text = textOf(await client.callTool({ name: 'get_order', arguments: { order_id: 'TD-1' } }));
    expect(text.length).toBeGreaterThanOrEqual(200 * 1024);
    expect(text.length).toBeLessThan(220 * 1024);
    expect(JSON.parse(text).result.order_id).toBe('TD-1');
  });

  it('malformed: text that is not JSON where JSON is expected', async () => {
    const client = await connect();
    await mcp.setMode('malformed');
    const result = await client.callTool({ name: 'get_order', arguments: { order_id: 'TD-1' } });
    expect(result.isError).toBeFalsy();
    const text = textOf(result);
    expect(text.startsWith('{')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
    expect(text).toContain('<title>502 Bad Gateway</title>');
  });

  it('tool_error: an isError result with a one-line reason', async () => {
    const client = await connect();
    await mcp.setMode('tool_error');
    const result = await client.callTool({ name: 'get_account_status', arguments: { email: 'a@b.example' } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Upstream error: .+\.$/);
    expect(textOf(result)).not.toContain('\n');
  });

  it('down: connections refused, then the same URL works again; close() too', async () => {
    await mcp.setMode('down');
    await expect(connect()).rejects.toThrow();
    await expect(fetch(mcp.url, { method: 'POST', body: '{}' })).rejects.toThrow(/fetch failed/);
    await mcp.setMode('ok');
    const client = await connect();
    expect((await client.listTools()).tools.length).toBe(5);

    const other = await startTestMcpServer({ mode: 'down' });
    await expect(connect(other.url)).rejects.toThrow();
    await other.setMode('ok');
    await connect(other.url);
    await other.close();
    await expect(connect(other.url)).rejects.toThrow();
  });

  it('a connected client sees the server go down mid-session', async () => {
    const client = await connect();
    await mcp.setMode('down');
    await expect(client.callTool({ name: 'service_status', arguments: {} })).rejects.toThrow();
    expect(mcp.calls).toEqual([]);
  });

  it('answers CORS preflights for extension pages', async () => {
    const res = await fetch(mcp.url, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization,mcp-protocol-version' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });
});
