// The demo company's MCP server (issue 16): the same tools as the test server (tests/mcp/tools.ts), answering from
// data about the demo tickets' customers (./data.ts), over Streamable HTTP on 127.0.0.1 (default port 8790). Node
// only, no network. `npm run mcp:demo` runs it alone (./cli.ts); the demo script can start it in-process with
// startDemoMcpServer().
import { serveMcp } from '../../tests/mcp/http';
import { buildSupportServer, errorResult, jsonResult, normaliseEmail, normaliseOrderId, type SupportToolName } from '../../tests/mcp/tools';
import { DEMO_ACCOUNTS, DEMO_API_ERRORS, DEMO_ORDERS, DEMO_SERVICE_STATUS } from './data';

export const DEMO_MCP_PORT = 8790;

export interface DemoMcpServer {
  /** The Streamable HTTP endpoint: http://127.0.0.1:8790/mcp */
  url: string;
  port: number;
  /** Notes added with add_account_note while the demo runs (kept in memory only). */
  notes: { email: string; note: string; at: string }[];
  /** Every tool call the server received, with its arguments as sent (the e2e checks the real values arrive). */
  calls: { tool: SupportToolName; args: Record<string, unknown> }[];
  close(): Promise<void>;
}

/** One tool call against the demo data; unknown orders and accounts are tool errors, as a real system answers. */
export function demoToolAnswer(tool: SupportToolName, args: Record<string, unknown>, notes: DemoMcpServer['notes'], now = new Date()) {
  switch (tool) {
    case 'get_order': {
      const id = normaliseOrderId(args.order_id);
      const order = DEMO_ORDERS.find((o) => o.order_id === id);
      return order ? jsonResult(order) : errorResult(`No order ${id.slice(0, 64)} was found.`);
    }
    case 'get_account_status': {
      const email = normaliseEmail(args.email);
      const account = DEMO_ACCOUNTS.find((a) => a.email === email);
      return account ? jsonResult(account) : errorResult('No account was found for that e-mail address.');
    }
    case 'recent_api_errors': {
      const email = normaliseEmail(args.email);
      if (!DEMO_ACCOUNTS.some((a) => a.email === email)) return errorResult('No account was found for that e-mail address.');
      return jsonResult({ email, ...(DEMO_API_ERRORS[email] ?? { window: 'last 7 days', error_rate: '0%', errors: [] }) });
    }
    case 'service_status':
      return jsonResult(DEMO_SERVICE_STATUS);
    case 'add_account_note': {
      const email = normaliseEmail(args.email);
      if (!DEMO_ACCOUNTS.some((a) => a.email === email)) return errorResult('No account was found for that e-mail address.');
      notes.push({ email, note: String(args.note ?? ''), at: now.toISOString() });
      return jsonResult({ ok: true, note_id: `note_${notes.length}`, email, added_at: now.toISOString() });
    }
  }
}

export async function startDemoMcpServer(port = DEMO_MCP_PORT, opts: { host?: string; log?: boolean } = {}): Promise<DemoMcpServer> {
  const notes: DemoMcpServer['notes'] = [];
  const calls: DemoMcpServer['calls'] = [];
  const http = await serveMcp({
    host: opts.host ?? '127.0.0.1',
    port,
    log: opts.log,
    name: 'demo-mcp',
    build: () => buildSupportServer({ name: 'tandem-demo-company', version: '1.0.0' }, async (tool, args) => {
      calls.push({ tool, args });
      return demoToolAnswer(tool, args, notes);
    }),
  });
  return { url: http.url, port: http.port, notes, calls, close: () => http.close() };
}
