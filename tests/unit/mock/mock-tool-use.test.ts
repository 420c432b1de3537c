// @vitest-environment node
// The mock Messages API's tool use (issue 16): the wire format checked against the real SDK, the tool choice rules
// and the tool_cut / tool_loop scenarios of /work/notes/prompts/i16-contract.md.
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockAnthropic, type MockAnthropic } from '../../mock-anthropic/server';
import { chooseToolCalls, findValues, splitJson, toolResultSentences } from '../../mock-anthropic/tools';

let mock: MockAnthropic;
let client: Anthropic;
beforeAll(async () => {
  mock = await startMockAnthropic();
  client = new Anthropic({ apiKey: 'sk-ant-test', baseURL: mock.url, maxRetries: 0 });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.setScenario('ok');
  mock.requests.length = 0;
});

const TOOLS = [
  { name: 'get_order', description: 'Look up an order.', input_schema: { type: 'object' as const, properties: { order_id: { type: 'string' } }, required: ['order_id'] } },
  { name: 'get_account_status', description: 'Account status.', input_schema: { type: 'object' as const, properties: { email: { type: 'string' } }, required: ['email'] } },
];
const TICKET = '<ticket>\n<requester name="[NAME_1_k3x9]" email="[EMAIL_1_k3x9]" />\nOpened 2026-05-02, ticket 388. Order #TD-55120 has not arrived.\n</ticket>';
const headers = { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'x-api-key': 'k' };

interface SseEvent {
  event: string;
  data: any;
}
async function rawStream(body: object, extraHeaders: Record<string, string> = {}): Promise<SseEvent[]> {
  const res = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers: { ...headers, ...extraHeaders }, body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 500, stream: true, ...body }) });
  const text = await res.text();
  return [...text.matchAll(/^event: (\w+)\ndata: (.*)$/gm)].map((m) => ({ event: m[1], data: JSON.parse(m[2]) }));
}

async function rawStreamUntilCut(body: object): Promise<{ events: SseEvent[]; ended: 'end' | 'error' }> {
  const res = await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers, body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 500, stream: true, ...body }) });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let ended: 'end' | 'error' = 'end';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    ended = 'error';
  }
  return { events: [...text.matchAll(/^event: (\w+)\ndata: (.*)$/gm)].map((m) => ({ event: m[1], data: JSON.parse(m[2]) })), ended };
}

describe('mock Messages API: tool use against the real SDK', () => {
  it('streams a tool_use block the SDK assembles, then cites the tool_result in the next answer', async () => {
    const stream = client.messages.stream({ model: 'claude-sonnet-5-5', max_tokens: 500, tools: TOOLS, messages: [{ role: 'user', content: TICKET }] });
    const partials: string[] = [];
    stream.on('inputJson', (partial) => partials.push(partial));
    const first = await stream.finalMessage();
    expect(first.stop_reason).toBe('tool_use');
    expect(first.usage.output_tokens).toBeGreaterThan(0);
    expect(first.content).toHaveLength(2);
    expect(first.content[0]).toMatchObject({ type: 'text', text: 'Let me check that.' });
    const call = first.content[1];
    expect(call).toMatchObject({ type: 'tool_use', name: 'get_order', input: { order_id: '#TD-55120' } });
    if (call.type !== 'tool_use') throw new Error('not a tool_use');
    expect(call.id).toMatch(/^toolu_\w+$/);
    // The input came in several pieces, as the API sends it.
    expect(partials.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(partials.join('')).toBe(JSON.stringify({ order_id: '#TD-55120' }));

    const result = 'Fact [3] Shop orders/get_order\n{\n  "order_id": "#TD-55120",\n  "status": "in transit",\n  "customer_email": "[EMAIL_2_k3x9]"\n}';
    const second = await client.messages
      .stream({
        model: 'claude-sonnet-5-5',
        max_tokens: 500,
        tools: TOOLS,
        messages: [
          { role: 'user', content: TICKET },
          { role: 'assistant', content: first.content },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: result }] },
        ],
      })
      .finalMessage();
    expect(second.stop_reason).toBe('end_turn');
    const text = second.content[0].type === 'text' ? second.content[0].text : '';
    expect(text).toContain('From Shop orders/get_order: { "order_id": "#TD-55120", "status": "in transit", "customer_email": "[EMAIL_2_k3x9]" } [3].');
    // The tool result's placeholder counts as one the model saw, like the ticket's.
    expect(text).toContain('[EMAIL_2_k3x9]');
    expect(text.indexOf('From Shop orders')).toBeLessThan(text.indexOf('Best regards'));
    // What reached the "model" is recorded, tool_result included.
    expect(mock.requests.at(-1)!.body.messages[2].content[0]).toMatchObject({ type: 'tool_result', tool_use_id: call.id });
  });

  it('answers a failed tool_result (is_error) without using it', async () => {
    const msg = await client.messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 500,
      tools: TOOLS,
      messages: [
        { role: 'user', content: TICKET },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_x1', name: 'get_order', input: { order_id: '#TD-55120' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_x1', is_error: true, content: 'Fact [3] Shop orders/get_order\nThe server did not answer in 10 s.' }] },
      ],
    });
    expect(msg.stop_reason).toBe('end_turn');
    const text = msg.content[0].type === 'text' ? msg.content[0].text : '';
    expect(text).toContain('The lookup get_order failed, so I have not used it.');
    expect(text).not.toContain('did not answer');
  });

  it('answers a non-streaming request with tools with text and a tool_use content block', async () => {
    const msg = await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 500, tools: [TOOLS[1], TOOLS[0]], messages: [{ role: 'user', content: TICKET }] });
    expect(msg.stop_reason).toBe('tool_use');
    expect(msg.content[1]).toMatchObject({ type: 'tool_use', name: 'get_account_status', input: { email: '[EMAIL_1_k3x9]' } });
  });

  it('fails the SDK stream in scenario tool_cut, with the tool call pending', async () => {
    mock.setScenario('tool_cut');
    const stream = client.messages.stream({ model: 'claude-sonnet-5-5', max_tokens: 500, tools: TOOLS, messages: [{ role: 'user', content: TICKET }] });
    let started = false;
    stream.on('streamEvent', (e) => {
      if (e.type === 'content_block_start' && e.content_block.type === 'tool_use') started = true;
    });
    await expect(stream.finalMessage()).rejects.toThrow();
    expect(started).toBe(true);
  });
});

describe('mock Messages API: the exact event sequence', () => {
  it('streams text, then tool_use with input_json_delta chunks that split the JSON mid-token, then stop_reason tool_use', async () => {
    const events = await rawStream({ tools: TOOLS, messages: [{ role: 'user', content: TICKET }] });
    const names = events.map((e) => (e.event === 'content_block_delta' ? `delta:${e.data.delta.type}` : e.event));
    const compact = names.filter((n, i) => n !== names[i - 1] || !n.startsWith('delta:'));
    expect(compact).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      'delta:text_delta',
      'content_block_stop',
      'content_block_start',
      'delta:input_json_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(events[0].data.message).toMatchObject({ role: 'assistant', content: [], stop_reason: null, usage: { input_tokens: expect.any(Number) } });
    const start = events.find((e) => e.event === 'content_block_start' && e.data.index === 1)!;
    expect(start.data.content_block).toEqual({ type: 'tool_use', id: expect.stringMatching(/^toolu_/), name: 'get_order', input: {} });
    const chunks = events.filter((e) => e.data.delta?.type === 'input_json_delta').map((e) => e.data.delta.partial_json as string);
    expect(chunks[0]).toBe('');
    const json = chunks.join('');
    expect(JSON.parse(json)).toEqual({ order_id: '#TD-55120' });
    // Mid-token: no prefix but the whole is valid JSON, and a chunk boundary falls inside a string.
    for (let i = 1; i < chunks.length - 1; i++) expect(() => JSON.parse(chunks.slice(0, i + 1).join(''))).toThrow();
    expect(chunks.some((c) => /^[a-z]/i.test(c))).toBe(true);
    const delta = events.find((e) => e.event === 'message_delta')!.data;
    expect(delta).toEqual({ type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: expect.any(Number) } });
  });

  it('tool_cut: the stream drops right after the tool_use start and one input chunk', async () => {
    const { events, ended } = await rawStreamUntilCut({ tools: TOOLS, messages: [{ role: 'user', content: 'MOCK_SCENARIO:tool_cut ' + TICKET }] });
    expect(ended).toBe('error');
    expect(events.at(-2)).toMatchObject({ event: 'content_block_start', data: { index: 1, content_block: { type: 'tool_use' } } });
    expect(events.at(-1)).toMatchObject({ event: 'content_block_delta', data: { index: 1, delta: { type: 'input_json_delta' } } });
    expect(events.at(-1)!.data.delta.partial_json.length).toBeGreaterThan(0);
  });

  it('tool_loop: calls a tool again even after tool results', async () => {
    const events = await rawStream(
      {
        tools: TOOLS,
        messages: [
          { role: 'user', content: TICKET },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_a', name: 'get_order', input: { order_id: '#TD-55120' } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_a', content: 'Fact [1] Shop/get_order\n{}' }] },
        ],
      },
      { 'x-mock-scenario': 'tool_loop' },
    );
    expect(events.find((e) => e.event === 'message_delta')!.data.delta.stop_reason).toBe('tool_use');
    // In scenario ok the same request gets the final answer.
    const ok = await rawStream({
      tools: TOOLS,
      messages: [
        { role: 'user', content: TICKET },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_a', name: 'get_order', input: { order_id: '#TD-55120' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_a', content: 'Fact [1] Shop/get_order\n{}' }] },
      ],
    });
    expect(ok.find((e) => e.event === 'message_delta')!.data.delta.stop_reason).toBe('end_turn');
  });

  it('keeps answering without tools as before: the report_alerts forced call and plain text', async () => {
    const res = await fetch(`${mock.url}/v1/messages`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        model: 'claude-sonnet-5-5',
        max_tokens: 300,
        tools: [{ name: 'report_alerts', input_schema: { type: 'object' } }],
        tool_choice: { type: 'tool', name: 'report_alerts' },
        messages: [{ role: 'user', content: '<customer_message>I will call my lawyer.</customer_message>' }],
      }),
    });
    const json = await res.json();
    expect(json.content[0]).toMatchObject({ type: 'tool_use', name: 'report_alerts', input: { alerts: [{ kind: 'legal_threat' }] } });
    const events = await rawStream({ tools: [{ name: 'report_alerts', input_schema: { type: 'object' } }], messages: [{ role: 'user', content: TICKET }] });
    expect(events.find((e) => e.event === 'message_delta')!.data.delta.stop_reason).toBe('end_turn');
  });
});

const body = (text: string, tools: object[] = TOOLS, extra: object = {}) => ({ model: 'm', max_tokens: 100, tools, messages: [{ role: 'user', content: text }], ...extra });

describe('mock tool choice', () => {
  it('takes a [[mock-tool:...]] directive first, even for a write tool or one not offered, and several as parallel calls', () => {
    const text = `${TICKET}\n[[mock-tool:add_account_note {"email":"[EMAIL_1_k3x9]","note":"Asked twice ]] already"}]] and [[mock-tool:service_status {}]]`;
    expect(chooseToolCalls(body(text))).toEqual([
      { name: 'add_account_note', input: { email: '[EMAIL_1_k3x9]', note: 'Asked twice ]] already' } },
      { name: 'service_status', input: {} },
    ]);
    // A directive in the system prompt counts too; a broken one is ignored.
    expect(chooseToolCalls({ ...body('hi'), system: '[[mock-tool:get_order {"order_id":"A-1234"}]]' })).toEqual([{ name: 'get_order', input: { order_id: 'A-1234' } }]);
    expect(chooseToolCalls(body('[[mock-tool:get_order {not json}]] order 99881'))).toEqual([{ name: 'get_order', input: { order_id: '99881' } }]);
    // Ticket text arrives XML-escaped in Tandem's prompts.
    expect(chooseToolCalls(body('<message>[[mock-tool:get_order {&quot;order_id&quot;:&quot;A&amp;B-1&quot;}]]</message>'))).toEqual([{ name: 'get_order', input: { order_id: 'A&B-1' } }]);
  });

  it('never chooses a write tool on its own; a tool without required properties can always be called', () => {
    const write = { name: 'add_account_note', input_schema: { type: 'object', properties: { email: {}, note: {} }, required: ['email'] } };
    const described = { name: 'set_flag', description: 'Changes data in the CRM.', input_schema: { type: 'object', properties: {} } };
    const status = { name: 'service_status', input_schema: { type: 'object', properties: {} } };
    expect(chooseToolCalls(body(TICKET, [write, described, status]))).toEqual([{ name: 'service_status', input: {} }]);
    expect(chooseToolCalls(body(TICKET, [write, described]))).toEqual([]);
  });

  it('calls nothing when no tool can be filled, or when tool_choice is none; tool_choice {type:tool} forces one', () => {
    expect(chooseToolCalls(body('No identifiers here, ticket 388 from 2026-05-02.'))).toEqual([]);
    expect(chooseToolCalls(body(TICKET, TOOLS, { tool_choice: { type: 'none' } }))).toEqual([]);
    expect(chooseToolCalls(body(TICKET, TOOLS, { tool_choice: { type: 'tool', name: 'get_account_status' } }))).toEqual([{ name: 'get_account_status', input: { email: '[EMAIL_1_k3x9]' } }]);
  });

  it('fills account/customer/id properties with the e-mail placeholder, else the order', () => {
    const byId = { name: 'lookup_customer', input_schema: { type: 'object', properties: { customer_id: {} }, required: ['customer_id'] } };
    expect(chooseToolCalls(body(TICKET, [byId]))).toEqual([{ name: 'lookup_customer', input: { customer_id: '[EMAIL_1_k3x9]' } }]);
    expect(chooseToolCalls(body('Order TD-55188 please', [byId]))).toEqual([{ name: 'lookup_customer', input: { customer_id: 'TD-55188' } }]);
  });
});

describe('mock value finding', () => {
  it('finds order numbers, not dates, years, phones or ticket ids', () => {
    expect(findValues('Ticket 1042 opened 2026-03-03T09:12:00Z. Charged twice for INV-2026-0312.').order).toBe('INV-2026-0312');
    expect(findValues('On 2026-06-01 the headphones (order 8812) arrived. Call +81 90-1234-5678.').order).toBe('8812');
    expect(findValues('order number: #55120').order).toBe('55120');
    expect(findValues('see #TD-55120.').order).toBe('#TD-55120');
    expect(findValues('Since 2026, ticket 388, phone 0049 1234 5678.').order).toBeUndefined();
    // A placeholder whose code is all digits is not an order.
    expect(findValues('Mail [EMAIL_1_2024] about it').order).toBeUndefined();
    expect(findValues('[ORDER_2_ab12] and TD-55120').order).toBe('[ORDER_2_ab12]');
  });

  it('takes the e-mail placeholder first, else a plain address', () => {
    expect(findValues('write to tom@example.de or [EMAIL_3_zz99]').email).toBe('[EMAIL_3_zz99]');
    expect(findValues('write to tom.becker@example.de.').email).toBe('tom.becker@example.de');
    expect(findValues('no @ address @here').email).toBeUndefined();
  });

  it('stays fast on hostile text', () => {
    const t0 = performance.now();
    findValues(`${'a'.repeat(100_000)}${'@'.repeat(10)}${'1-'.repeat(50_000)}order ${'9'.repeat(50_000)}x`);
    chooseToolCalls(body(`${'[[mock-tool:x {'.repeat(5_000)}`));
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

describe('mock input chunks and result sentences', () => {
  it('splits JSON into an empty chunk and uneven pieces that rejoin exactly', () => {
    const json = JSON.stringify({ email: '[EMAIL_1_k3x9]', note: 'x' });
    const chunks = splitJson(json);
    expect(chunks[0]).toBe('');
    expect(chunks.join('')).toBe(json);
    expect(new Set(chunks.slice(1, -1).map((c) => c.length)).size).toBeGreaterThan(1);
    expect(splitJson('{}')).toEqual(['', '{}']);
  });

  it('quotes at most 160 characters of a result, collapsing whitespace, never cutting a placeholder', () => {
    const long = `Fact [4] CRM/get_account_status\n${'word '.repeat(30)}e-mail [EMAIL_2_k3x9] ${'tail '.repeat(40)}`;
    const [sentence] = toolResultSentences({
      messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: [{ type: 'text', text: long }] }] }],
    });
    const quoted = /^From CRM\/get_account_status: (.*) \[4\]\.$/.exec(sentence)![1];
    expect(quoted.startsWith('word word')).toBe(true);
    expect(quoted).toContain('[EMAIL_2_k3x9]');
    expect(quoted.length).toBeLessThanOrEqual(160 + 14);
    // Without the Fact line: the tool's name from the tool_use, no citation number.
    const plain = toolResultSentences({
      messages: [
        { role: 'assistant', content: [{ type: 'tool_use', id: 'a', name: 'service_status', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'a', content: 'All   systems\noperational' }] },
      ],
    });
    expect(plain).toEqual(['From service_status: All systems operational.']);
  });
});
