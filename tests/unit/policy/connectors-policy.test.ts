// The connector policy keys (DESIGN.md "Stable hooks") go through the policy's walk to the connectors feature's own
// validator (lib/connectors/validate.ts, the one the options page uses): item by item, with reasons.
import { describe, expect, it } from 'vitest';
import { validatePolicy, closedPolicy } from '../../../lib/policy/validate';

const httpConnector = {
  id: 'orders', name: 'Orders', kind: 'http', url: 'https://api.acme.test/v1', headers: { Authorization: 'Bearer t' },
  actions: [{
    name: 'get_order', description: 'Finds an order by number', method: 'GET', path: '/orders/{order_id}',
    // (JSON text: managed storage has no "any JSON" type)
    inputSchema: '{"type":"object","properties":{"order_id":{"type":"string"}},"required":["order_id"]}', resultPointer: '/order',
  }],
};

describe('connectors, toolAutonomy, agentConnectors', () => {
  it('applies well-formed connectors of both kinds, and the two switches', () => {
    const { policy, report } = validatePolicy({
      connectors: [{ id: 'crm', kind: 'mcp', url: 'https://mcp.acme.test/mcp', tools: ['lookup_customer', 'refund'] }, httpConnector],
      toolAutonomy: 'checkpoint',
      agentConnectors: false,
    });
    expect(report.rejected).toEqual([]);
    expect(report.applied).toEqual(['connectors', 'toolAutonomy', 'agentConnectors']);
    expect(policy.connectors?.map((c) => c.id)).toEqual(['crm', 'orders']);
    expect(policy.connectors?.[0].tools).toEqual(['lookup_customer', 'refund']);
    // The input schema given as JSON text is parsed.
    expect(policy.connectors?.[1].actions?.[0].inputSchema).toEqual({ type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] });
    expect(policy.toolAutonomy).toBe('checkpoint');
    expect(policy.agentConnectors).toBe(false);
  });

  it('rejects bad items one by one and says why', () => {
    const { policy, report } = validatePolicy({
      connectors: [
        { id: 'ok', kind: 'mcp', url: 'https://mcp.acme.test' },
        { id: 'no-kind', url: 'https://mcp.acme.test' },
        { id: 'plain', kind: 'mcp', url: 'http://mcp.acme.test' },
        { id: 'hdr', kind: 'mcp', url: 'https://x.acme.test', headers: { 'X-A': 'a\nb' } },
        { ...httpConnector, id: 'act', actions: [{ ...httpConnector.actions[0], path: '/o/{n}' }] },
        'mcp',
      ],
      toolAutonomy: 'yolo',
      agentConnectors: 'no',
    });
    expect(policy.connectors?.map((c) => c.id)).toEqual(['ok']);
    expect(Object.fromEntries(report.rejected.map((r) => [r.key, r.reason]))).toEqual({
      'connectors[1]': 'kind must be one of mcp, http',
      'connectors[2]': 'url: "http://mcp.acme.test" must start with https:// (http:// only for localhost / 127.0.0.1)',
      'connectors[3]': 'header X-A must be a one-line string',
      'connectors[4].actions[0]': 'get_order: path uses {n} but inputSchema has no such property',
      'connectors[4]': 'none of its actions is valid',
      'connectors[5]': 'expected an object, got string',
      toolAutonomy: 'must be one of supervised, checkpoint, autonomous',
      agentConnectors: 'expected true or false',
    });
    // Headers (tokens) never appear in a reason.
    expect(JSON.stringify(report)).not.toContain('Bearer t');
  });

  it('an unreadable policy closes connectors too: none of the agent\'s, every call waits', () => {
    expect(closedPolicy()).toMatchObject({ connectors: [], toolAutonomy: 'supervised', agentConnectors: false });
  });
});
