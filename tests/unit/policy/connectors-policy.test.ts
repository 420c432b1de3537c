// The connector policy keys (DESIGN.md "Stable hooks"): validated by the same schema as the rest of the policy,
// item by item, with reasons.
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../lib/policy/validate';

describe('connectors, toolAutonomy, agentConnectors', () => {
  it('applies well-formed connectors of both kinds, and the two switches', () => {
    const http = {
      id: 'orders', name: 'Order lookup', kind: 'http', url: 'https://api.acme.test/orders/', headers: { Authorization: 'Bearer t' },
      method: 'GET', description: 'Finds an order by number', inputSchema: { type: 'object', properties: { n: { type: 'string' } } },
      resultPointer: '/order', readOnly: true,
    };
    const { policy, report } = validatePolicy({
      connectors: [{ id: 'crm', kind: 'mcp', url: 'https://mcp.acme.test/mcp', tools: ['lookup_customer', ' refund '] }, http],
      toolAutonomy: 'checkpoint',
      agentConnectors: false,
    });
    expect(report.rejected).toEqual([]);
    expect(report.applied).toEqual(['connectors', 'toolAutonomy', 'agentConnectors']);
    expect(policy.connectors).toEqual([
      { id: 'crm', kind: 'mcp', url: 'https://mcp.acme.test/mcp', tools: ['lookup_customer', 'refund'] },
      { ...http, url: 'https://api.acme.test/orders' },
    ]);
    expect(policy.toolAutonomy).toBe('checkpoint');
    expect(policy.agentConnectors).toBe(false);
  });

  it('rejects bad items one by one and says why', () => {
    const { policy, report } = validatePolicy({
      connectors: [
        { id: 'ok', kind: 'mcp', url: 'https://mcp.acme.test' },
        { id: 'no-kind', url: 'https://mcp.acme.test' },
        { id: 'plain', kind: 'mcp', url: 'http://mcp.acme.test' },
        { id: 'tools', kind: 'mcp', url: 'https://mcp.acme.test', tools: ['a', ''] },
        { id: 'hdr', kind: 'http', url: 'https://x.acme.test', headers: { 'X-A': 'a\nb' } },
        { id: 'ptr', kind: 'http', url: 'https://x.acme.test', resultPointer: 'order' },
        'mcp',
      ],
      toolAutonomy: 'yolo',
      agentConnectors: 'no',
    });
    expect(policy.connectors?.map((c) => c.id)).toEqual(['ok']);
    expect(Object.fromEntries(report.rejected.map((r) => [r.key, r.reason]))).toEqual({
      'connectors[1]': 'kind must be one of mcp, http',
      'connectors[2]': 'url: "http://mcp.acme.test" must start with https:// (http:// only for localhost / 127.0.0.1)',
      'connectors[3]': 'tools must be a list of tool names (each 1-200 characters)',
      'connectors[4]': 'header X-A must be a one-line string',
      'connectors[5]': 'resultPointer must be a JSON Pointer ("" or starting with /)',
      'connectors[6]': 'expected an object, got string',
      toolAutonomy: 'toolAutonomy must be one of supervised, checkpoint, autonomous',
      agentConnectors: 'expected true or false, got string',
    });
  });
});
