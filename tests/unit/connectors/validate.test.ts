// Issue 16: connector configs and the three policy keys are checked with reasons; autonomy never goes above what
// policy allows, and a changing call never runs without the agent; results are capped; the look-up form pre-fills
// from the ticket.
import { describe, expect, it } from 'vitest';
import { checkConnector, checkConnectors, checkHttpAction } from '../../../lib/connectors/validate';
import { validatePolicy, POLICY_KEYS } from '../../../lib/policy/validate';
import { allowedLevels, clampAutonomy, decideCall } from '../../../lib/connectors/autonomy';
import { mergeConnectors } from '../../../lib/connectors/settings';
import { buildActionUrl, fillBody, resolvePointer } from '../../../lib/connectors/http';
import { capBytes, keyValues, readableResult, toolResultText, byteLength } from '../../../lib/connectors/result';
import { formToArgs, prefill, ticketIdentifiers } from '../../../lib/connectors/lookup';
import schema from '../../../public/managed_schema.json';
import { ticket } from '../ai/helpers';

const mcp = { id: 'shop', name: 'Shop', kind: 'mcp', url: 'https://mcp.example.com/mcp' };
const action = {
  name: 'get_order',
  description: 'Look up an order',
  method: 'GET',
  path: '/orders/{order_id}',
  inputSchema: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
  resultPointer: '/data',
};

describe('connector validation', () => {
  it('accepts an MCP server and an HTTP connector with its actions', () => {
    expect(checkConnector(mcp)).toEqual({ ok: true, value: mcp });
    const http = checkConnector({ id: 'billing', kind: 'http', url: 'https://billing.example.com/api/', headers: { Authorization: 'Bearer x' }, actions: [action] });
    expect(http.ok && http.value.url).toBe('https://billing.example.com/api');
    expect(http.ok && http.value.actions?.[0].method).toBe('GET');
  });

  it('rejects with a reason an admin can act on', () => {
    const reasons = [
      checkConnector({ ...mcp, url: 'http://intranet.example.com/mcp' }),
      checkConnector({ ...mcp, url: 'https://x.example.com/mcp?token=SECRET' }),
      checkConnector({ ...mcp, kind: 'ftp' }),
      checkConnector({ ...mcp, id: 'has space' }),
      checkConnector({ ...mcp, headers: { Authorization: 'a\nb' } }),
      checkConnector({ ...mcp, tools: ['ok', 'not ok!'] }),
      checkConnector({ id: 'h', kind: 'http', url: 'https://h.example.com' }),
    ].map((c) => (c.ok ? 'ok' : c.reason));
    expect(reasons[0]).toMatch(/https:\/\//);
    expect(reasons[1]).toMatch(/query string/);
    expect(reasons[1]).not.toContain('SECRET'); // a token in a URL is never echoed
    expect(reasons[2]).toMatch(/kind must be one of mcp, http/);
    expect(reasons[3]).toMatch(/not an id/);
    expect(reasons[4]).toMatch(/one-line/);
    expect(reasons[4]).not.toContain('a\nb');
    expect(reasons[5]).toMatch(/tool names/);
    expect(reasons[6]).toMatch(/actions/);
  });

  it('checks HTTP actions: path placeholders need input properties, GET has no body, pointers are pointers', () => {
    expect(checkHttpAction({ ...action, path: '/orders/{id}' })).toMatchObject({ ok: false, reason: expect.stringMatching(/\{id\}/) });
    expect(checkHttpAction({ ...action, path: 'https://evil.example.com/{order_id}' })).toMatchObject({ ok: false });
    expect(checkHttpAction({ ...action, body: { a: 1 } })).toMatchObject({ ok: false, reason: expect.stringMatching(/GET action has no body/) });
    expect(checkHttpAction({ ...action, resultPointer: 'data' })).toMatchObject({ ok: false, reason: expect.stringMatching(/JSON pointer/) });
    // Policy gives schemas and bodies as JSON text (managed storage has no "any" type).
    const fromPolicy = checkHttpAction({ ...action, method: 'POST', inputSchema: JSON.stringify(action.inputSchema), body: '{"id":"{order_id}"}' });
    expect(fromPolicy.ok && fromPolicy.value.body).toEqual({ id: '{order_id}' });
  });

  it('a list keeps the good connectors and reports the bad ones and duplicate ids', () => {
    const problems: string[] = [];
    const list = checkConnectors([mcp, { ...mcp }, { id: 'bad' }], (path, reason) => problems.push(`${path}: ${reason}`));
    expect(list?.map((c) => c.id)).toEqual(['shop']);
    expect(problems).toEqual([expect.stringMatching(/^\[1\]: a second connector/), expect.stringMatching(/^\[2\]: kind/)]);
  });
});

describe('policy keys', () => {
  it('connectors, toolAutonomy and agentConnectors are applied or rejected with reasons, and are in the schema', () => {
    const { policy, report } = validatePolicy({ connectors: [mcp, { id: 'x', kind: 'mcp', url: 'ftp://x' }], toolAutonomy: 'autonomous', agentConnectors: false });
    expect(policy.connectors?.map((c) => c.id)).toEqual(['shop']);
    expect(policy.toolAutonomy).toBe('autonomous');
    expect(policy.agentConnectors).toBe(false);
    expect(report.applied).toEqual(expect.arrayContaining(['connectors', 'toolAutonomy', 'agentConnectors']));
    expect(report.rejected).toEqual([{ key: 'connectors[1]', reason: expect.stringMatching(/url/), code: 'url-needs-https', params: ['ftp://x'] }]);
    const bad = validatePolicy({ toolAutonomy: 'yolo', agentConnectors: 'yes' });
    expect(bad.report.rejected.map((r) => r.key).sort()).toEqual(['agentConnectors', 'toolAutonomy']);
    for (const key of ['connectors', 'toolAutonomy', 'agentConnectors']) {
      expect(POLICY_KEYS).toContain(key);
      expect(Object.keys(schema.properties)).toContain(key);
    }
  });
});

describe('autonomy', () => {
  it('supervised asks for every call; checkpoint and autonomous run read-only calls; a changing call always asks', () => {
    const ro = { readOnly: true };
    const write = { readOnly: false };
    expect(decideCall('supervised', ro)).toBe('ask');
    expect(decideCall('checkpoint', ro)).toBe('run');
    expect(decideCall('autonomous', ro)).toBe('run');
    for (const level of ['supervised', 'checkpoint', 'autonomous'] as const) expect(decideCall(level, write)).toBe('ask');
  });

  it('the level never goes above the ceiling: autonomous only when policy says so', () => {
    expect(clampAutonomy('autonomous', 'checkpoint')).toBe('checkpoint');
    expect(clampAutonomy(undefined, 'autonomous')).toBe('checkpoint');
    expect(clampAutonomy('autonomous', 'autonomous')).toBe('autonomous');
    expect(allowedLevels('checkpoint')).toEqual(['supervised', 'checkpoint']);
    // Default policy (no key): ceiling checkpoint; an agent's stored 'autonomous' does not apply.
    expect(mergeConnectors({}, { connectors: [], autonomy: 'autonomous' }).autonomy).toBe('checkpoint');
    expect(mergeConnectors({ toolAutonomy: 'supervised' }, { connectors: [], autonomy: 'checkpoint' })).toMatchObject({ autonomy: 'supervised', autonomyLocked: true });
  });

  it("agent connectors: used unless policy says no; headers only for the URL they were given for; policy's win on id", () => {
    const agent = { connectors: [{ id: 'mine', kind: 'mcp' as const, url: 'https://mine.example.com/mcp' }, { id: 'shop', kind: 'mcp' as const, url: 'https://other.example.com/mcp' }], autonomy: 'checkpoint' as const };
    const headers = { mine: { url: 'https://old.example.com/mcp', headers: { Authorization: 'Bearer t' } } };
    const merged = mergeConnectors({ connectors: [mcp as never] }, agent, headers);
    expect(merged.connectors.map((c) => `${c.id}:${c.origin}`)).toEqual(['shop:policy', 'mine:agent']);
    expect(merged.connectors[1].headers).toBeUndefined(); // the URL changed since the token was given
    expect(mergeConnectors({ connectors: [mcp as never] }, agent, { mine: { ...headers.mine, url: 'https://mine.example.com/mcp' } }).connectors[1].headers).toEqual({ Authorization: 'Bearer t' });
    expect(mergeConnectors({ agentConnectors: false }, agent).connectors).toEqual([]);
  });
});

describe('HTTP action requests', () => {
  it('URL-encodes values into the path: no input can change the host or add a segment', () => {
    const c = { url: 'https://billing.example.com/api' };
    expect(buildActionUrl(c, { path: '/orders/{id}' }, { id: 'A-1/../../admin?x=1#y' })).toBe('https://billing.example.com/api/orders/A-1%2F..%2F..%2Fadmin%3Fx%3D1%23y');
    expect(buildActionUrl(c, { path: '/u/{e}' }, { e: 'a@b.c' })).toBe('https://billing.example.com/api/u/a%40b.c');
    expect(() => buildActionUrl(c, { path: '/orders/{id}' }, {})).toThrow(/no value for \{id\}/);
  });

  it('fills body templates and reads JSON pointers', () => {
    expect(fillBody({ order: '{id}', note: 'Order {id} for {who}', n: '{n}' }, { id: 'A-1', who: 'Ann', n: 3 })).toEqual({ order: 'A-1', note: 'Order A-1 for Ann', n: 3 });
    expect(resolvePointer({ data: { 'a/b': [1, { c: 2 }] } }, '/data/a~1b/1/c')).toBe(2);
    expect(resolvePointer({ data: 1 }, '/nope')).toBeUndefined();
  });
});

describe('results', () => {
  it('are capped at 8 KB (UTF-8 bytes, never inside a character) and say so', () => {
    const big = 'é'.repeat(10_000);
    const capped = capBytes(big);
    expect(capped.capped).toBe(true);
    expect(byteLength(capped.text)).toBeLessThanOrEqual(8 * 1024);
    expect(capped.text).toMatch(/result cut at 8 KB/);
    const line = toolResultText(3, 'Shop', 'get_order', 'x'.repeat(20_000));
    expect(line.startsWith('Fact [3] Shop/get_order\n')).toBe(true);
    expect(byteLength(line)).toBeLessThanOrEqual(8 * 1024);
  });

  it('JSON is pretty-printed, broken JSON is malformed, text stays text; key values for the card', () => {
    expect(readableResult('{"a":1}').text).toBe('{\n  "a": 1\n}');
    expect(() => readableResult('{"a": 1, broken')).toThrow(/not valid JSON/);
    expect(() => readableResult('plain', true)).toThrow(/not valid JSON/);
    expect(readableResult('All systems normal').text).toBe('All systems normal');
    expect(keyValues({ order_id: 'A-1', status: 'shipped', customer: { email: 'x@y.z' } }, '')).toEqual([
      { key: 'order_id', value: 'A-1' },
      { key: 'status', value: 'shipped' },
      { key: 'customer.email', value: 'x@y.z' },
    ]);
  });
});

describe('the look-up form', () => {
  it('pre-fills order numbers, e-mails and ids found in the ticket, typed as the schema says', () => {
    const ids = ticketIdentifiers(ticket({ messages: [{ author: { role: 'customer' }, text: 'Order #100234, account acct_9f2k1, write to maria.lopez@example.com' }] }));
    expect(ids.emails[0]).toBe('maria.lopez@example.com');
    expect(ids.orders).toContain('100234');
    expect(ids.ids).toContain('acct_9f2k1');
    const schema = { type: 'object' as const, properties: { order_id: { type: 'string' }, email: { type: 'string' }, account_id: { type: 'string' }, limit: { type: 'integer' } }, required: ['order_id'] };
    expect(prefill(schema, ids)).toEqual({ order_id: '100234', email: 'maria.lopez@example.com', account_id: 'acct_9f2k1' });
    expect(formToArgs(schema, { order_id: ' 100234 ', limit: '5' })).toEqual({ args: { order_id: '100234', limit: 5 }, missing: [] });
    expect(formToArgs(schema, {}).missing).toEqual(['order_id']);
  });
});

describe('host permissions', () => {
  it("the organisation's connectors' hosts are listed as needed, with what they are for", async () => {
    const { originsNeeded } = await import('../../../lib/policy/permissions');
    const { DEFAULT_SETTINGS } = await import('../../../lib/settings');
    expect(originsNeeded(DEFAULT_SETTINGS, [{ id: 'crm', name: 'CRM', url: 'https://crm.example.com/mcp' }])).toEqual([
      { origin: 'https://crm.example.com/*', reason: 'connector', label: 'CRM' },
    ]);
  });
});
