// Local servers for the connector unit tests: a real MCP server (the SDK's McpServer over its Streamable HTTP
// transport, stateless, on 127.0.0.1) and a tiny Messages API that streams tool_use the way the real API does.
// (The shared ones, tests/mcp/server.ts and tests/mock-anthropic, belong to the e2e work; these stay small.)
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

export const CUSTOMER = { email: 'maria.lopez@example.com', phone: '+1 (415) 555-0132', otherPhone: '+44 20 7946 0958' };

export type McpMode = 'ok' | 'slow' | 'huge' | 'malformed' | 'tool_error';

export interface LocalMcp {
  url: string;
  calls: { tool: string; args: Record<string, unknown> }[];
  setMode(mode: McpMode): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data ? JSON.parse(data) : undefined));
  });
}

export async function startLocalMcp(opts: { token?: string; delayMs?: number } = {}): Promise<LocalMcp> {
  const calls: LocalMcp['calls'] = [];
  let mode: McpMode = 'ok';
  const result = async (tool: string, args: Record<string, unknown>, data: unknown) => {
    calls.push({ tool, args });
    if (mode === 'slow') await new Promise((r) => setTimeout(r, opts.delayMs ?? 2000));
    if (mode === 'tool_error') return { isError: true, content: [{ type: 'text' as const, text: `lookup failed for ${CUSTOMER.email}` }] };
    if (mode === 'malformed') return { content: [{ type: 'text' as const, text: '{"order": "A-1", broken' }] };
    if (mode === 'huge') return { content: [{ type: 'text' as const, text: JSON.stringify({ rows: 'x'.repeat(200_000), email: CUSTOMER.email }) }] };
    return { content: [{ type: 'text' as const, text: JSON.stringify(data) }] };
  };
  const build = () => {
    const server = new McpServer({ name: 'test-shop', version: '1.0.0' });
    server.registerTool(
      'get_order',
      { description: 'Look up an order by its number', inputSchema: { order_id: z.string() }, annotations: { readOnlyHint: true } },
      async (args) => result('get_order', args, { order_id: args.order_id, status: 'refund_pending', amount: 49.99, customer: { email: CUSTOMER.email, phone: CUSTOMER.otherPhone } }),
    );
    server.registerTool(
      'get_account_status',
      { description: 'Account status for a customer e-mail', inputSchema: { email: z.string() }, annotations: { readOnlyHint: true } },
      async (args) => result('get_account_status', args, { email: args.email, plan: 'pro', status: 'active', phone: CUSTOMER.otherPhone }),
    );
    server.registerTool(
      'add_account_note',
      { description: 'Add a note to the customer account (changes data)', inputSchema: { email: z.string(), note: z.string() }, annotations: { readOnlyHint: false, destructiveHint: false } },
      async (args) => result('add_account_note', args, { ok: true }),
    );
    server.registerTool('hidden_admin', { description: 'Not allowed by policy', inputSchema: {}, annotations: { readOnlyHint: true } }, async () => result('hidden_admin', {}, { secret: 1 }));
    return server;
  };
  const http: Server = createServer(async (req, res) => {
    if (opts.token && req.headers.authorization !== `Bearer ${opts.token}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'unauthorized' }));
      return;
    }
    const body = req.method === 'POST' ? await readBody(req) : undefined;
    const server = build();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    calls,
    setMode: (m) => (mode = m),
    close: () =>
      new Promise((r) => {
        http.closeAllConnections();
        http.close(() => r());
      }),
  };
}

/** A Messages API that asks for one tool (the directive's, or none) and then quotes the tool results. */
export interface LocalModel {
  url: string;
  /** Every request body, as received. */
  requests: Record<string, unknown>[];
  close(): Promise<void>;
}

type Block = { type: string; text?: string; content?: unknown; tool_use_id?: string; is_error?: boolean };
type Msg = { role: string; content: string | Block[] };

function sse(res: import('node:http').ServerResponse, events: [string, unknown][]) {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const [type, data] of events) res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...(data as object) })}\n\n`);
  res.end();
}

/**
 * `plan(request)` returns the tool call to make ({ name, input }) or null to answer in text. Input strings may use
 * "$EMAIL" for the first e-mail placeholder found in the request (what a model would copy).
 */
export async function startLocalModel(plan: (body: { messages: Msg[]; tools?: { name: string }[]; system?: string }, turn: number) => { name: string; input: Record<string, unknown> } | null): Promise<LocalModel> {
  const requests: Record<string, unknown>[] = [];
  let seq = 0;
  const http = createServer(async (req, res) => {
    const body = (await readBody(req)) as { messages: Msg[]; tools?: { name: string }[]; system?: string };
    requests.push(body as unknown as Record<string, unknown>);
    const last = body.messages[body.messages.length - 1];
    const results = Array.isArray(last.content) ? last.content.filter((b) => b.type === 'tool_result') : [];
    const start: [string, unknown] = ['message_start', { message: { id: `msg_${++seq}`, type: 'message', role: 'assistant', model: 'local', content: [], stop_reason: null, usage: { input_tokens: 10, output_tokens: 0 } } }];
    const call = plan(body, requests.length);
    if (call) {
      const placeholder = /\[EMAIL_\d{1,3}_[a-z0-9]{4}\]/.exec(JSON.stringify(body.messages))?.[0] ?? '';
      const input = JSON.parse(JSON.stringify(call.input).replaceAll('$EMAIL', placeholder)) as Record<string, unknown>;
      const json = JSON.stringify(input);
      const cut = Math.max(1, Math.floor(json.length / 3));
      return sse(res, [
        start,
        ['content_block_start', { index: 0, content_block: { type: 'text', text: '' } }],
        ['content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Let me check that.' } }],
        ['content_block_stop', { index: 0 }],
        ['content_block_start', { index: 1, content_block: { type: 'tool_use', id: `toolu_${seq}`, name: call.name, input: {} } }],
        // Split mid-token, as the real API does.
        ['content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: json.slice(0, cut) } }],
        ['content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: json.slice(cut, cut * 2) } }],
        ['content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: json.slice(cut * 2) } }],
        ['content_block_stop', { index: 1 }],
        ['message_delta', { delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 20 } }],
        ['message_stop', {}],
      ]);
    }
    const quoted = results
      .map((r) => {
        const text = typeof r.content === 'string' ? r.content : JSON.stringify(r.content);
        if (r.is_error) return `The lookup failed (${text}).`;
        const [first, ...rest] = text.split('\n');
        const n = /Fact \[(\d+)\]/.exec(first)?.[1];
        return `From ${first.replace(/^Fact \[\d+\] /, '')}: ${rest.join(' ').replace(/\s+/g, ' ').slice(0, 400)} [${n}].`;
      })
      .join(' ');
    sse(res, [
      start,
      ['content_block_start', { index: 0, content_block: { type: 'text', text: '' } }],
      ['content_block_delta', { index: 0, delta: { type: 'text_delta', text: `Hello. ${quoted}`.trim() } }],
      ['content_block_stop', { index: 0 }],
      ['message_delta', { delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 20 } }],
      ['message_stop', {}],
    ]);
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((r) => {
        http.closeAllConnections();
        http.close(() => r());
      }),
  };
}
