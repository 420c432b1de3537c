// A value the managed policy rejects carries a code beside its English reason (issue 18), so the options page can
// say why in the agent's language (lib/reasons.ts, lib/reason-text.ts): the schema's checks give the code, the zod
// wrapper carries it in its issue's params, and validatePolicy writes it into the rejected entry.
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../lib/policy/validate';
import { REASON_CODES } from '../../../lib/reasons';
import { POLICY_CASES } from './policy-cases';

const rejectionOf = (raw: unknown, key: string) => validatePolicy(raw).report.rejected.find((r) => r.key === key);
const action = (name: string, extra: Record<string, unknown>) => ({ name, description: 'Look it up', method: 'GET', path: '/x', ...extra });
const SHOP = {
  id: 'shop',
  kind: 'http',
  url: 'https://shop.test/api',
  actions: [
    action('get_order', { body: '{}' }),
    action('find', { path: '/people/{email}' }),
    action('pointed', { resultPointer: 'data.order' }),
    action('schemaless', { inputSchema: '{not json' }),
    action('ok', {}),
    action('ok', {}),
  ],
};

describe('policy rejections carry codes', () => {
  it.each([
    [{ retentionDays: -3 }, 'retentionDays', { code: 'out-of-range', params: ['-3', '1', '3650'] }],
    [{ maxTokens: 2.5 }, 'maxTokens', { code: 'not-a-whole-number', params: ['2.5'] }],
    [{ maxTokens: '1024' }, 'maxTokens', { code: 'not-a-whole-number', params: ['string'] }],
    [{ redactionRequired: 'yes' }, 'redactionRequired', { code: 'not-boolean', params: ['string'] }],
    [{ brandVoice: {} }, 'brandVoice', { code: 'not-text', params: ['object'] }],
    [{ brandVoice: 'x'.repeat(4001) }, 'brandVoice', { code: 'text-too-long', params: ['4000'] }],
    [{ apiKey: '  ' }, 'apiKey', { code: 'empty' }],
    [{ apiKey: 'has space' }, 'apiKey', { code: 'api-key-spaces' }],
    [{ model: 'claude sonnet' }, 'model', { code: 'model-invalid', params: ['claude sonnet'] }],
    [{ apiBaseUrl: 'ftp://files.acme.test/x?token=secret' }, 'apiBaseUrl', { code: 'url-needs-https', params: ['ftp://files.acme.test/x?…'] }],
    [{ features: { drafts: 'off' } }, 'features.drafts', { code: 'expected-boolean' }],
    [{ features: { teleport: true } }, 'features.teleport', { code: 'unknown-feature' }],
    [{ features: 3 }, 'features', { code: 'not-an-object', params: ['number'] }],
    [{ alerts: { thresholds: { anger: 0.5 } } }, 'alerts.thresholds.anger', { code: 'out-of-range', params: ['0.5', '-1', '0'] }],
    [{ alerts: { thresholds: { anger: 'x' } } }, 'alerts.thresholds.anger', { code: 'not-a-number' }],
    [{ alerts: { thresholds: { bogus: 1 } } }, 'alerts.thresholds.bogus', { code: 'unknown-threshold' }],
    [{ alerts: { thresholds: [] } }, 'alerts.thresholds', { code: 'thresholds-not-object' }],
    [{ alerts: { extraPhrases: 1 } }, 'alerts.extraPhrases', { code: 'phrases-not-object' }],
    [{ alerts: { extraPhrases: { nope: [] } } }, 'alerts.extraPhrases.nope', { code: 'unknown-phrase-kind' }],
    [{ alerts: { extraPhrases: { anger: [' '] } } }, 'alerts.extraPhrases.anger[0]', { code: 'empty' }],
    [{ alerts: { disabledKinds: ['joy'] } }, 'alerts.disabledKinds[0]', { code: 'unknown-alert-kind', params: ['"joy"'] }],
    [{ alerts: { colour: 1 } }, 'alerts.colour', { code: 'unknown-alerts-field' }],
    [{ allowedHelpdeskHosts: 'acme.zendesk.com' }, 'allowedHelpdeskHosts', { code: 'not-a-list', params: ['string'] }],
    [{ allowedHelpdeskHosts: ['https://acme.zendesk.com', 'ok.example.com'] }, 'allowedHelpdeskHosts[0]', { code: 'host-invalid' }],
    [{ somethingElse: 1 }, 'somethingElse', { code: 'not-a-policy-key' }],
    [{ useGatewayWithoutKey: true }, 'useGatewayWithoutKey', { code: 'gateway-needs-base-url' }],
    [{ useGatewayWithoutKey: true, apiKey: 'k', apiBaseUrl: 'https://gw.test' }, 'useGatewayWithoutKey', { code: 'gateway-key-conflict' }],
    [{ toolAutonomy: 'wild' }, 'toolAutonomy', { code: 'one-of', params: ['supervised, checkpoint, autonomous'] }],
    [{ agentConnectors: 'no' }, 'agentConnectors', { code: 'expected-boolean' }],
    [{ connectors: [{ id: 'x', kind: 'mcp', url: 'http://intranet.test/mcp' }] }, 'connectors[0]', { code: 'url-http-loopback-only' }],
    // A connector's HTTP actions, each refused alone (the others kept), and the connector list
    [{ connectors: [SHOP] }, 'connectors[0].actions[0]', { code: 'action-get-body', params: ['get_order'] }],
    [{ connectors: [SHOP] }, 'connectors[0].actions[1]', { code: 'action-path-placeholders', params: ['find', '{email}'] }],
    [{ connectors: [SHOP] }, 'connectors[0].actions[2]', { code: 'pointer-invalid', params: ['data.order'] }],
    [{ connectors: [SHOP] }, 'connectors[0].actions[3]', { code: 'schema-not-json' }],
    [{ connectors: [SHOP] }, 'connectors[0].actions[5]', { code: 'action-twice', params: ['ok'] }],
    [{ connectors: [SHOP, SHOP] }, 'connectors[1]', { code: 'connector-id-twice', params: ['shop'] }],
    [{ connectors: [{ id: 'm', kind: 'mcp', url: 'https://mcp.test/mcp', actions: [] }] }, 'connectors[0].actions', { code: 'mcp-actions-ignored' }],
    [{ knowledgeSources: [7] }, 'knowledgeSources[0]', { code: 'not-an-object', params: ['number'] }],
  ] as const)('%j: %s', (raw, key, expected) => {
    const r = rejectionOf(raw, key);
    expect(r).toMatchObject(expected);
    expect(r?.reason).toBeTruthy(); // the English reason stays (audit log, reports)
  });

  it("a knowledge source's field is named apart from its code, and stays in front of the English reason", () => {
    expect(rejectionOf({ knowledgeSources: [{ id: 'hc', kind: 'zendesk', url: 'ftp://hc.test' }] }, 'knowledgeSources[0]')).toEqual({
      key: 'knowledgeSources[0]',
      reason: 'url: "ftp://hc.test" must start with https:// (or http:// for a local gateway)',
      code: 'url-needs-https',
      params: ['ftp://hc.test'],
      field: 'url',
    });
    expect(rejectionOf({ knowledgeSources: [{ id: 'hc', kind: 'fax', url: 'https://hc.test' }] }, 'knowledgeSources[0]'))
      .toMatchObject({ code: 'one-of', params: ['url, zendesk, api'], field: 'kind' });
    expect(rejectionOf({ knowledgeSources: [{ id: 'h c', url: 'https://hc.test' }] }, 'knowledgeSources[0]'))
      .toMatchObject({ code: 'id-chars', params: ['h c'], field: 'id' });
    expect(rejectionOf({ knowledgeSources: [{ id: 'hc', url: 'https://hc.test', refreshHours: 0 }] }, 'knowledgeSources[0]'))
      .toMatchObject({ code: 'out-of-range', params: ['0', '1', '720'], field: 'refreshHours' });
  });

  it('a custom helpdesk rejected for one problem has its code, with the path as its field; for several, each as a part with its own', () => {
    const one = { id: 'acme', name: 'Acme', urlPatterns: ['https://a.test/*'], selectors: { subject: 'h1', message: '.m', messageBody: '.b' } };
    expect(rejectionOf({ customAdapters: [one] }, 'customAdapters[0]')).toMatchObject({ code: 'ch-selector-required', field: 'selectors.editor' });
    const several = { ...one, id: 'zendesk', selectors: { subject: 'h1' } };
    const r = rejectionOf({ customAdapters: [several] }, 'customAdapters[0]');
    expect(r?.reason).toMatch(/; /);
    expect(r).not.toHaveProperty('code');
    // (the id 'zendesk' is a built-in's; the thread selectors and the editor are missing)
    expect(r?.parts?.map((p) => p.code)).toEqual(expect.arrayContaining(['ch-id-taken', 'ch-selector-required']));
    expect(r?.parts).toHaveLength(r!.reason.split('; ').length);
  });

  it('every code given is a known one, and the recorded cases leave only the listed rejections uncoded', () => {
    const uncoded: string[] = [];
    for (const [name, input] of Object.entries(POLICY_CASES)) {
      for (const r of validatePolicy(input).report.rejected) {
        if (r.code) expect(REASON_CODES, `${name} ${r.key}`).toContain(r.code);
        else uncoded.push(`${name} ${r.key}: ${r.reason}`);
      }
    }
    expect(uncoded).toEqual([]);
  });
});
