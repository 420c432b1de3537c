// A real MCP server for Tandem's tests (issue 16): the SDK's McpServer over Streamable HTTP on 127.0.0.1, with the
// support tools of ./tools.ts and the fault modes of the i16 contract. Every tool call is recorded (tool, arguments as
// received, headers) so a test can check the real value reached the tool and that nothing ran twice. The data are
// made up around the value asked for, and hold personal data (an e-mail and a phone) so redaction can be tested.
//
// Modes (option `mode`, or setMode() at any time):
//   ok          answers from the made-up data
//   auth        401 unless `authorization: Bearer <token>` (the token of option requireToken, default 'test-token')
//   slow        each tool call waits `delayMs` (default 3000) before answering (aborted if the client gives up)
//   huge        each result is about 200 KB of valid JSON
//   malformed   each result is text that is not JSON where JSON is expected (cut off, then an HTML error page)
//   tool_error  each call answers `isError: true` with a one-line reason
//   down        the server stops listening (connection refused); another mode brings it back on the same port.
//               close() is the same, for good.
import type { IncomingMessage } from 'node:http';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { serveMcp } from './http';
import { buildSupportServer, errorResult, jsonResult, normaliseEmail, normaliseOrderId, type SupportToolName } from './tools';

export type TestMcpMode = 'ok' | 'auth' | 'slow' | 'huge' | 'malformed' | 'tool_error' | 'down';

export interface TestMcpOptions {
  mode?: TestMcpMode;
  /** Require `authorization: Bearer <token>` whatever the mode (true: 'test-token'). Mode 'auth' requires it too. */
  requireToken?: string | boolean;
  /** slow: how long each call waits, ms (default 3000). */
  delayMs?: number;
  /** huge: the result's size in bytes (default 200 KB). */
  hugeBytes?: number;
  port?: number;
  host?: string;
  log?: boolean;
}

export interface TestMcpCall {
  tool: SupportToolName;
  args: Record<string, unknown>;
  at: number;
  /** The request's authorization header, as received (tests check the token was sent). */
  authorization?: string;
  /** How the call ended: answered, or aborted because the connection closed first (e.g. the worker was killed). */
  outcome?: 'answered' | 'aborted';
}

export interface TestMcpServer {
  /** The Streamable HTTP endpoint, e.g. http://127.0.0.1:40123/mcp */
  url: string;
  port: number;
  calls: TestMcpCall[];
  /** Notes written by add_account_note, in order. */
  notes: { email: string; note: string }[];
  /** Change the mode; resolves once a 'down' server has stopped listening or come back. */
  setMode(mode: TestMcpMode, opts?: { delayMs?: number }): Promise<void>;
  mode(): TestMcpMode;
  close(): Promise<void>;
}

export const TEST_MCP_TOKEN = 'test-token';

/** Personal data in the made-up results: redaction must turn these into placeholders before Claude sees them. */
export const TEST_MCP_PERSONAL = { email: 'jane.roe@example.com', phone: '+1 415 555 0199' } as const;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted'));
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    }, { once: true });
  });

function data(tool: SupportToolName, args: Record<string, unknown>, notes: TestMcpServer['notes']): unknown {
  switch (tool) {
    case 'get_order':
      return {
        order_id: normaliseOrderId(args.order_id),
        status: 'in_transit',
        placed_at: '2026-04-20',
        items: [{ sku: 'DESK-140', name: 'Standing desk 140 cm', qty: 1, price: '449.00 EUR' }],
        shipping: { method: 'express', carrier: 'DPD', tracking: 'DPD09345521', last_scan: '2026-04-24 Lyon depot' },
        customer: { name: 'Jane Roe', email: TEST_MCP_PERSONAL.email, phone: TEST_MCP_PERSONAL.phone },
      };
    case 'get_account_status':
      return {
        email: normaliseEmail(args.email),
        plan: 'Team (monthly)',
        status: 'active',
        seats: { used: 4, of: 5 },
        billing: { last_charge: '2026-03-02', amount: '49.00 USD', card: 'ending 4242' },
        contact_phone: TEST_MCP_PERSONAL.phone,
        two_factor: 'sms',
      };
    case 'recent_api_errors':
      return {
        email: normaliseEmail(args.email),
        window: 'last 7 days',
        error_rate: '4.2%',
        errors: [
          { at: '2026-03-03T09:02:11Z', status: 504, endpoint: 'POST /v1/reports/export', count: 12 },
          { at: '2026-03-02T17:40:05Z', status: 429, endpoint: 'GET /v1/invoices', count: 3 },
        ],
      };
    case 'service_status':
      return {
        overall: 'degraded',
        components: [
          { name: 'API', status: 'operational' },
          { name: 'Exports', status: 'degraded', incident: 'Exports over 100k rows time out' },
          { name: 'SMS 2FA', status: 'operational' },
        ],
      };
    case 'add_account_note': {
      const note = { email: normaliseEmail(args.email), note: String(args.note ?? '') };
      notes.push(note);
      return { ok: true, note_id: `note_${notes.length}`, email: note.email };
    }
  }
}

/** About `bytes` of valid JSON: the normal answer plus a long event log. */
function huge(value: unknown, bytes: number): string {
  const line = { at: '2026-03-03T09:02:11Z', level: 'info', message: 'Webhook delivered to https://hooks.example.com/orders (200 OK)' };
  const one = JSON.stringify(line).length + 1; // the comma between entries
  return JSON.stringify({ result: value, log: Array.from({ length: Math.ceil(bytes / one) }, () => line) });
}

export async function startTestMcpServer(opts: TestMcpOptions = {}): Promise<TestMcpServer> {
  let mode: TestMcpMode = opts.mode ?? 'ok';
  let delayMs = opts.delayMs ?? 3000;
  const token = typeof opts.requireToken === 'string' ? opts.requireToken : TEST_MCP_TOKEN;
  const calls: TestMcpCall[] = [];
  const notes: TestMcpServer['notes'] = [];

  async function answer(tool: SupportToolName, args: Record<string, unknown>, signal: AbortSignal): Promise<CallToolResult> {
    if (mode === 'slow') await sleep(delayMs, signal);
    const value = data(tool, args, notes);
    switch (mode) {
      case 'huge':
        return { content: [{ type: 'text', text: huge(value, opts.hugeBytes ?? 200 * 1024) }] };
      case 'malformed':
        return { content: [{ type: 'text', text: `${JSON.stringify(value).slice(0, 40)}<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>` }] };
      case 'tool_error':
        return errorResult(`Upstream error: the ${tool === 'get_order' ? 'orders' : 'accounts'} database did not answer (timeout after 5 s).`);
      default:
        return jsonResult(value);
    }
  }

  const authorize = (req: IncomingMessage) => {
    if (mode !== 'auth' && !opts.requireToken) return true;
    return req.headers.authorization === `Bearer ${token}`;
  };

  const http = await serveMcp({
    host: opts.host,
    port: opts.port,
    log: opts.log,
    name: 'test-mcp',
    authorize,
    build: (req) =>
      buildSupportServer({ name: 'tandem-test-mcp', version: '1.0.0' }, (tool, args, signal) => {
        const call: TestMcpCall = { tool, args, at: Date.now(), authorization: req.headers.authorization };
        calls.push(call);
        return answer(tool, args, signal).then(
          (result) => {
            call.outcome = 'answered';
            return result;
          },
          (err) => {
            call.outcome = 'aborted';
            throw err;
          },
        );
      }),
  });
  if (mode === 'down') await http.down();

  return {
    url: http.url,
    port: http.port,
    calls,
    notes,
    mode: () => mode,
    async setMode(next, o = {}) {
      mode = next;
      if (o.delayMs !== undefined) delayMs = o.delayMs;
      if (next === 'down') await http.down();
      else await http.up();
    },
    close: () => http.close(),
  };
}

