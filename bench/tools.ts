// Issue 16 figures: against the local mock Messages API (tool use) and the test MCP server on 127.0.0.1, through the
// real drafting service: time from the model's tool call (the stream that asked ended) to the result back in the
// stream (the next request carrying the tool_result arrives at the mock), p50/p95; and how many personal-data values
// from the tool results reached the mock (must be 0). Usage: npm run bench:tools [-- runs]
import 'fake-indexeddb/auto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDraftService } from '../lib/drafts/service';
import { TandemDB, ticketKeyOf } from '../lib/db';
import { createToolsProvider } from '../lib/connectors/provider';
import { startMockAnthropic } from '../tests/mock-anthropic/server';
import { startTestMcpServer, TEST_MCP_PERSONAL } from '../tests/mcp/server';

const runs = Number(process.argv[2] ?? 40);
const mock = await startMockAnthropic({ deltaDelayMs: 0 });
const mcp = await startTestMcpServer();
// A tiny proxy in front of the mock: it notes when each request arrives and when each response ends.
const marks: { arrived: number; ended?: number }[] = [];
const proxy = createServer((req, res) => {
  const mark = { arrived: performance.now() } as { arrived: number; ended?: number };
  marks.push(mark);
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    const upstream = await fetch(`${mock.url}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) });
    res.writeHead(upstream.status, Object.fromEntries(upstream.headers));
    res.end(Buffer.from(await upstream.arrayBuffer()));
    mark.ended = performance.now();
  });
});
await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

const snapshot = {
  helpdesk: 'zendesk', ticketId: '1', host: 'acme.zendesk.com', url: 'https://acme.zendesk.com/agent/tickets/1', subject: 'Plan',
  tags: [], requester: { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
  messages: [{ author: { name: 'Maria Lopez', role: 'customer' as const }, text: 'My account maria.lopez@example.com still shows the old plan.' }],
};
const db = new TandemDB('bench-tools');
await db.tickets.put({ key: ticketKeyOf(snapshot), snapshot, firstSeenAt: 1, updatedAt: 1, customerMessageCount: 1 });
const tools = createToolsProvider({
  // (lib/connectors/settings reads extension storage: its pure result is written out here.)
  load: async () => ({
    connectors: [{ id: 'support', name: 'Support', kind: 'mcp' as const, url: mcp.url, tools: ['get_account_status'], origin: 'policy' as const }],
    autonomy: 'autonomous' as const,
    ceiling: 'autonomous' as const,
    levels: ['supervised' as const, 'checkpoint' as const, 'autonomous' as const],
    autonomyLocked: false,
    agentMayAdd: true,
  }),
});
const service = createDraftService({
  db,
  loadSettings: async () => ({ apiKey: 'k', baseUrl: proxyUrl, model: 'claude-sonnet-5-5', maxTokens: 800, redact: true }),
  getSnippets: async () => [],
  throttleMs: 0,
  tools,
});
const gaps: number[] = [];
for (let i = 0; i < runs; i++) {
  marks.length = 0;
  await service.run({ action: { kind: 'draft', ticketKey: ticketKeyOf(snapshot) } });
  await service.idle();
  if (marks.length >= 2 && marks[0].ended) gaps.push(marks[1].arrived - marks[0].ended);
}
gaps.sort((a, b) => a - b);
const pct = (p: number) => gaps[Math.min(gaps.length - 1, Math.floor((p / 100) * gaps.length))].toFixed(1);
const leaks = [TEST_MCP_PERSONAL.email, TEST_MCP_PERSONAL.phone, 'maria.lopez@example.com'].filter((v) => mock.requests.some((r) => JSON.stringify(r.body).includes(v)));
console.log(`tool call -> result back in the stream (${gaps.length} runs): p50 ${pct(50)} ms, p95 ${pct(95)} ms`);
console.log(`MCP calls: ${mcp.calls.length}; personal-data values that reached the mock: ${leaks.length}`);
await mock.close();
await mcp.close();
proxy.close();
process.exit(0);
