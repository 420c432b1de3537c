// @vitest-environment node
// The i16 contract end to end in Node, without the extension: the mock "model" asks for a tool through the real SDK,
// the call goes to the demo company's MCP server through the real MCP client, and its result, sent back as a
// tool_result with the contract's "Fact [n]" first line, is cited in the streamed answer. What lib/connectors does
// in the browser, reduced to the data formats both helpers build against.
import Anthropic from '@anthropic-ai/sdk';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemoMcpServer, type DemoMcpServer } from '../../../demo/mcp/server';
import { startMockAnthropic, type MockAnthropic } from '../../mock-anthropic/server';

let mock: MockAnthropic;
let demo: DemoMcpServer;
let mcp: Client;
beforeAll(async () => {
  [mock, demo] = await Promise.all([startMockAnthropic(), startDemoMcpServer(0)]);
  mcp = new Client({ name: 'tandem-test', version: '0.0.0' });
  await mcp.connect(new StreamableHTTPClientTransport(new URL(demo.url)));
});
afterAll(async () => {
  await mcp.close();
  await Promise.all([demo.close(), mock.close()]);
});

it('tool_use from the mock, answered by the demo MCP server, cited in the final answer', async () => {
  const anthropic = new Anthropic({ apiKey: 'sk-ant-test', baseURL: mock.url, maxRetries: 0 });
  const { tools } = await mcp.listTools();
  const offered = tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.inputSchema as Anthropic.Tool.InputSchema }));
  const ticket = '<ticket>\n<requester name="[NAME_1_q7r2]" email="[EMAIL_1_q7r2]" />\nOrder #TD-55120 still not delivered after 12 days.\n</ticket>\n<task kind="draft" />';
  const first = await anthropic.messages.stream({ model: 'claude-sonnet-5-5', max_tokens: 800, tools: offered, messages: [{ role: 'user', content: ticket }] }).finalMessage();
  const call = first.content.find((b) => b.type === 'tool_use');
  if (!call || call.type !== 'tool_use') throw new Error('no tool_use');
  expect(call).toMatchObject({ name: 'get_order', input: { order_id: '#TD-55120' } });

  const result = await mcp.callTool({ name: call.name, arguments: call.input as Record<string, unknown> });
  const text = (result.content as { type: string; text: string }[]).map((c) => c.text).join('');
  expect(JSON.parse(text).order_id).toBe('TD-55120');
  // The extension redacts the result before it goes back; here the customer's e-mail and phone stand in for that.
  const redacted = text.replace('chloe.dubois@example.fr', '[EMAIL_1_q7r2]').replace('+33 6 12 34 56 78', '[PHONE_2_q7r2]');
  const second = await anthropic.messages
    .stream({
      model: 'claude-sonnet-5-5',
      max_tokens: 800,
      tools: offered,
      messages: [
        { role: 'user', content: ticket },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: `Fact [2] Demo company/get_order\n${redacted}` }] },
      ],
    })
    .finalMessage();
  const answer = second.content[0].type === 'text' ? second.content[0].text : '';
  expect(second.stop_reason).toBe('end_turn');
  expect(answer).toMatch(/From Demo company\/get_order: \{ "order_id": "TD-55120", .+ \[2\]\./);
  expect(answer).toContain('[mock:draft]');
  // Nothing personal reached the "model".
  const sent = JSON.stringify(mock.requests.map((r) => r.body));
  expect(sent).not.toContain('chloe.dubois@example.fr');
  expect(sent).not.toContain('+33 6 12 34 56 78');
});
