// @vitest-environment node
// The demo company's MCP server (demo/mcp): its data match the demo tickets, so the mock "model" finds an order or an
// account to look up on every demo ticket, and the lookup answers.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_ORDERS } from '../../../demo/mcp/data';
import { startDemoMcpServer, type DemoMcpServer } from '../../../demo/mcp/server';
import { freshdeskTickets, intercomConversations, legacyTickets, zendeskTickets, type DemoTicket } from '../../../demo/tickets';
import { findValues } from '../../mock-anthropic/tools';

const ALL: DemoTicket[] = [...zendeskTickets, ...intercomConversations, ...freshdeskTickets, ...legacyTickets];
const plain = (t: DemoTicket) => [t.subject, ...t.messages.map((m) => m.html.replace(/<[^<>]*>/g, ' '))].join('\n');

let demo: DemoMcpServer;
let client: Client;
beforeAll(async () => {
  demo = await startDemoMcpServer(0);
  client = new Client({ name: 'tandem-test', version: '0.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(demo.url)));
});
afterAll(async () => {
  await client.close();
  await demo.close();
});

const json = (r: any) => JSON.parse(r.content[0].text);

describe('demo MCP server', () => {
  it('listens on 127.0.0.1 with the same five tools as the test server', async () => {
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['add_account_note', 'get_account_status', 'get_order', 'recent_api_errors', 'service_status']);
    expect(tools.find((t) => t.name === 'add_account_note')!.annotations?.readOnlyHint).toBe(false);
  });

  it('knows every demo customer by e-mail', async () => {
    for (const t of ALL) {
      const account = json(await client.callTool({ name: 'get_account_status', arguments: { email: t.requester.email } }));
      expect(account.name).toBe(t.requester.name);
    }
    expect(DEMO_ACCOUNTS).toHaveLength(ALL.length);
    expect(DEMO_ORDERS).toHaveLength(4);
  });

  it('answers the order numbers the demo tickets mention, as the mock model finds them', async () => {
    const found = ALL.map((t) => findValues(plain(t)).order).filter(Boolean);
    expect(found).toEqual(['INV-2026-0312', '#TD-55120', 'TD-55188', '8812']);
    for (const id of found) {
      const order = json(await client.callTool({ name: 'get_order', arguments: { order_id: id } }));
      expect(order.order_id).toBe(id!.replace('#', ''));
      expect(ALL.find((t) => t.requester.email === order.customer.email)).toBeTruthy();
    }
  });

  it('tells the stories of the internal notes: API errors and service status', async () => {
    const tom = json(await client.callTool({ name: 'recent_api_errors', arguments: { email: 'tom.becker@example.de' } }));
    expect(tom.errors[0]).toMatchObject({ status: 504 });
    const yuki = json(await client.callTool({ name: 'recent_api_errors', arguments: { email: 'yuki.sato@example.jp' } }));
    expect(yuki.errors).toEqual([]);
    const status = json(await client.callTool({ name: 'service_status', arguments: {} }));
    expect(JSON.stringify(status)).toContain('EXP-77');
  });

  it('answers unknown orders and accounts with a tool error, and keeps notes in memory', async () => {
    const none = await client.callTool({ name: 'get_order', arguments: { order_id: 'TD-1' } });
    expect(none.isError).toBe(true);
    const nobody = await client.callTool({ name: 'get_account_status', arguments: { email: 'who@example.org' } });
    expect(nobody.isError).toBe(true);
    const note = await client.callTool({ name: 'add_account_note', arguments: { email: 'Maria.Gonzalez@example.com', note: 'Duplicate refunded.' } });
    expect(note.isError).toBeFalsy();
    expect(demo.notes).toEqual([expect.objectContaining({ email: 'maria.gonzalez@example.com', note: 'Duplicate refunded.' })]);
  });
});

describe('demo tickets through Tandem’s real draft prompt', () => {
  it('the mock model asks the demo server for something it knows, on every demo ticket', async () => {
    const { buildDraftPrompt } = await import('../../../lib/ai/prompts');
    const { createRedactor } = await import('../../../lib/privacy/redact');
    const { chooseToolCalls } = await import('../../mock-anthropic/tools');
    const { tools } = await client.listTools();
    const offered = tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.inputSchema }));
    const picks: string[] = [];
    for (const t of ALL) {
      const redactor = createRedactor({ code: 'k3x9' });
      const built = buildDraftPrompt({
        ticket: {
          helpdesk: 'zendesk',
          ticketId: t.id,
          url: `https://tandem-demo.zendesk.com/agent/tickets/${t.id}`,
          subject: t.subject,
          tags: t.tags,
          requester: t.requester,
          messages: t.messages.map((m) => ({ author: { name: m.author, email: m.email, role: m.role === 'note' ? 'agent' : m.role }, at: m.at, text: m.html.replace(/<[^<>]*>/g, ' '), internal: m.role === 'note' })),
        },
        snippets: [],
        settings: { apiKey: 'k', model: 'claude-sonnet-5-5', maxTokens: 800, redact: true },
        redactor,
      });
      const [call] = chooseToolCalls({ system: built.system, messages: built.messages, tools: offered });
      expect(call, t.subject).toBeTruthy();
      // The extension restores the real value locally before calling the tool.
      const args = Object.fromEntries(Object.entries(call.input).map(([k, v]) => [k, redactor.restore(String(v))]));
      const result = await client.callTool({ name: call.name, arguments: args });
      expect(result.isError, `${t.subject}: ${call.name} ${JSON.stringify(args)}`).toBeFalsy();
      picks.push(`${call.name}(${Object.values(args).join(', ')})`);
    }
    expect(picks).toEqual([
      'get_order(INV-2026-0312)',
      'get_account_status(tom.becker@example.de)',
      'get_account_status(yuki.sato@example.jp)',
      'get_account_status(aiko.tanaka@example.jp)',
      'get_account_status(lucas.martin@example.fr)',
      'get_order(#TD-55120)',
      'get_order(TD-55188)',
      'get_order(8812)',
    ]);
  });
});
