import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import schema from '../../../public/managed_schema.json';
import { POLICY_KEYS, validatePolicy } from '../../../lib/policy/validate';
import { isHelpdeskHostAllowed, loadEffective, mergeSettings, readManagedPolicy, watchEffective } from '../../../lib/policy/effective';
import { apiKeyItem, DEFAULT_SETTINGS, loadApiKey, loadSettings, settingsItem, withDefaults } from '../../../lib/settings';

const adapter = {
  id: 'acme-desk',
  name: 'Acme Desk',
  urlPatterns: ['https://support.acme.test/tickets/*'],
  selectors: { subject: 'h1.subject', message: '.msg', messageBody: '.msg .body', editor: '#reply', status: '.status' },
};

describe('validatePolicy', () => {
  it('applies well-formed values of every kind', () => {
    const { policy, report } = validatePolicy({
      apiBaseUrl: 'https://ai-gateway.acme.test/anthropic/',
      apiKey: 'sk-ant-123',
      model: 'claude-sonnet-4-5',
      maxTokens: 2048,
      allowedHelpdeskHosts: ['acme.zendesk.com', '*.freshdesk.com', 'Support.Acme.test:8443'],
      customAdapters: [adapter],
      knowledgeSources: [{ id: 'hc', kind: 'zendesk', url: 'https://acme.zendesk.com', headers: { Authorization: 'Basic abc' }, refreshHours: 12 }],
      redactionRequired: true,
      retentionDays: 14,
      features: { chat: false, analytics: false },
      brandVoice: 'Warm, brief, no jargon.',
      alerts: { extraPhrases: { legal_threat: ['ombudsman'] }, thresholds: { anger: -0.6 }, disabledKinds: ['urgency'] },
    });
    expect(report.rejected).toEqual([]);
    expect(policy.apiBaseUrl).toBe('https://ai-gateway.acme.test/anthropic'); // trailing slash trimmed
    expect(policy.allowedHelpdeskHosts).toEqual(['acme.zendesk.com', '*.freshdesk.com', 'support.acme.test:8443']);
    expect(policy.customAdapters?.[0].selectors.editor).toBe('#reply');
    expect(policy.knowledgeSources?.[0].headers).toEqual({ Authorization: 'Basic abc' });
    expect(policy.features).toEqual({ chat: false, analytics: false });
    expect(policy.alerts).toEqual({ extraPhrases: { legal_threat: ['ombudsman'] }, thresholds: { anger: -0.6 }, disabledKinds: ['urgency'] });
    expect(report.applied).toEqual(expect.arrayContaining(['apiBaseUrl', 'apiKey', 'customAdapters', 'features.chat', 'alerts.thresholds.anger']));
  });

  it('rejects values that pass a type check but make no sense, and says why', () => {
    const { policy, report } = validatePolicy({
      apiBaseUrl: 'ftp://files.acme.test',
      model: 'claude sonnet',
      maxTokens: 10,
      retentionDays: 0,
      redactionRequired: 'yes',
      features: { drafts: 'off', teleport: true },
      alerts: { thresholds: { anger: 0.5, bogus: 1 } },
      somethingElse: 1,
    });
    expect(policy).toEqual({});
    const reasons = Object.fromEntries(report.rejected.map((r) => [r.key, r.reason]));
    expect(reasons.apiBaseUrl).toMatch(/https:\/\//);
    expect(reasons.model).toMatch(/not a model id/);
    expect(reasons.maxTokens).toMatch(/outside 64\.\./);
    expect(reasons.retentionDays).toMatch(/outside 1\.\./);
    expect(reasons.redactionRequired).toMatch(/true or false/);
    expect(reasons['features.drafts']).toMatch(/true or false/);
    expect(reasons['features.teleport']).toMatch(/unknown feature/);
    expect(reasons['alerts.thresholds.anger']).toMatch(/outside -1\.\.0/);
    expect(reasons['alerts.thresholds.bogus']).toMatch(/unknown threshold/);
    expect(reasons.somethingElse).toMatch(/not a Tandem policy key/);
    expect(report.applied).toEqual([]);
  });

  it('checks list items one by one: bad items are reported, good ones kept', () => {
    const { policy, report } = validatePolicy({
      allowedHelpdeskHosts: ['acme.zendesk.com', 'https://acme.freshdesk.com', ''],
      customAdapters: [adapter, { ...adapter, id: 'broken', selectors: { ...adapter.selectors, editor: undefined } }, { ...adapter, id: 'x', urlPatterns: ['not a pattern'] }],
      knowledgeSources: [{ id: 'k', url: 'https://kb.acme.test/articles.json', headers: { 'X-Token': 'a\nb' } }],
    });
    expect(policy.allowedHelpdeskHosts).toEqual(['acme.zendesk.com']);
    expect(policy.customAdapters?.map((a) => a.id)).toEqual(['acme-desk']);
    expect(policy.knowledgeSources).toBeUndefined(); // its only item was bad
    const keys = report.rejected.map((r) => r.key);
    expect(keys).toEqual(['allowedHelpdeskHosts[1]', 'allowedHelpdeskHosts[2]', 'customAdapters[1]', 'customAdapters[2]', 'knowledgeSources[0]']);
    expect(report.rejected[2].reason).toMatch(/selectors\.editor is required/);
    expect(report.rejected[3].reason).toMatch(/match pattern/);
    expect(report.applied).toEqual(['allowedHelpdeskHosts', 'customAdapters']);
  });

  it('treats an empty host list as a deliberate choice, and an empty base URL as Anthropic locked', () => {
    const { policy, report } = validatePolicy({ allowedHelpdeskHosts: [], apiBaseUrl: '' });
    expect(policy).toEqual({ allowedHelpdeskHosts: [], apiBaseUrl: '' });
    expect(report.applied).toEqual(['allowedHelpdeskHosts', 'apiBaseUrl']);
  });

  it('refuses a keyless gateway without a gateway URL, or next to an API key', () => {
    expect(validatePolicy({ useGatewayWithoutKey: true }).report.rejected[0]).toMatchObject({ key: 'useGatewayWithoutKey', reason: expect.stringMatching(/apiBaseUrl/) });
    const both = validatePolicy({ useGatewayWithoutKey: true, apiKey: 'k', apiBaseUrl: 'https://gw.test' });
    expect(both.policy.useGatewayWithoutKey).toBeUndefined();
    expect(both.report.applied).toEqual(['apiKey', 'apiBaseUrl']);
  });

  it('knows exactly the keys the managed schema declares, with matching types', () => {
    expect([...POLICY_KEYS].sort()).toEqual(Object.keys(schema.properties).sort());
    const props = schema.properties as Record<string, { type: string }>;
    const sample: Record<string, unknown> = { string: 'x', boolean: true, integer: 5, array: [], object: {} };
    // A value of the schema's type never fails on type grounds (it may still fail on range/format).
    for (const key of POLICY_KEYS) {
      const { report } = validatePolicy({ [key]: sample[props[key].type] });
      for (const r of report.rejected) expect(r.reason).not.toMatch(/^expected (?:a|text|true)/);
    }
  });
});

describe('mergeSettings: managed > agent > defaults', () => {
  const agent = withDefaults({ model: 'claude-haiku-4-5', redact: false, brandVoice: 'mine', retentionDays: 90, features: { ...DEFAULT_SETTINGS.features, chat: false } });

  it('keeps agent values where policy is silent and locks what policy sets', () => {
    const { policy } = validatePolicy({ model: 'claude-opus-4-1', retentionDays: 7, features: { drafts: false } });
    const { settings, locked, apiKey } = mergeSettings(agent, 'agent-key', policy);
    expect(settings.model).toBe('claude-opus-4-1');
    expect(settings.retentionDays).toBe(7);
    expect(settings.brandVoice).toBe('mine');
    expect(settings.features).toEqual({ drafts: false, chat: false, sentiment: true, knowledge: true, analytics: true, aiAlerts: false });
    expect(apiKey).toBe('agent-key');
    expect([...locked].sort()).toEqual(['features.drafts', 'model', 'retentionDays']);
    expect(agent.model).toBe('claude-haiku-4-5'); // input not mutated
  });

  it('redactionRequired forces redaction on; false leaves the agent to choose', () => {
    expect(mergeSettings(agent, '', { redactionRequired: true }).settings.redact).toBe(true);
    expect(mergeSettings(agent, '', { redactionRequired: true }).locked.has('redact')).toBe(true);
    const off = mergeSettings(agent, '', { redactionRequired: false });
    expect(off.settings.redact).toBe(false);
    expect(off.locked.has('redact')).toBe(false);
  });

  it('an organisation key replaces the agent key; a keyless gateway sends none', () => {
    const org = mergeSettings(agent, 'agent-key', { apiKey: 'org-key' });
    expect(org.apiKey).toBe('org-key');
    expect([...org.locked].sort()).toEqual(['apiKey', 'baseUrl', 'useGatewayWithoutKey']);
    const gw = mergeSettings(agent, 'agent-key', { apiBaseUrl: 'https://gw.acme.test', useGatewayWithoutKey: true });
    expect(gw.apiKey).toBe('');
    expect(gw.settings.baseUrl).toBe('https://gw.acme.test');
    expect(gw.locked.has('apiKey')).toBe(true);
  });

  it('without policy: agent over defaults, nothing locked', () => {
    const { settings, locked } = mergeSettings(agent, 'k', {});
    expect(settings).toEqual(agent);
    expect(locked.size).toBe(0);
  });
});

describe('reading managed storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('no API or a refusing API (Firefox without policy) reads as no policy, keeping the error', async () => {
    expect(await readManagedPolicy(undefined)).toEqual({ raw: {}, source: 'none' });
    const refusing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedPolicy(refusing)).toEqual({ raw: {}, source: 'none', readError: 'Managed storage manifest not found' });
  });

  it('loadSettings / loadApiKey return the effective values from storage', async () => {
    await settingsItem.setValue(withDefaults({ model: 'claude-haiku-4-5', agentName: 'Sam' }));
    await apiKeyItem.setValue('agent-key');
    await fakeBrowser.storage.managed.set({ model: 'claude-opus-4-1', apiKey: 'org-key', retentionDays: 'ten' });
    const settings = await loadSettings();
    expect(settings.model).toBe('claude-opus-4-1');
    expect(settings.agentName).toBe('Sam');
    expect(await loadApiKey()).toBe('org-key');
    const effective = await loadEffective();
    expect(effective.policyReport.source).toBe('managed');
    expect(effective.policyReport.rejected).toEqual([{ key: 'retentionDays', reason: expect.stringMatching(/whole number/), code: 'not-a-whole-number', params: ['string'] }]);
    expect(effective.locked.has('model')).toBe(true);
    expect(effective.locked.has('agentName')).toBe(false);
  });

  it('re-computes when the managed area or the agent settings change', async () => {
    const seen: string[] = [];
    const stop = watchEffective((e) => seen.push(e.settings.model));
    await fakeBrowser.storage.managed.set({ model: 'claude-opus-4-1' });
    await vi_waitFor(() => seen.includes('claude-opus-4-1'));
    await fakeBrowser.storage.managed.clear();
    await settingsItem.setValue(withDefaults({ model: 'claude-haiku-4-5' }));
    await vi_waitFor(() => seen.at(-1) === 'claude-haiku-4-5');
    stop();
    const count = seen.length;
    await settingsItem.setValue(withDefaults({ model: 'after-stop' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.length).toBe(count);
  });
});

describe('isHelpdeskHostAllowed', () => {
  const s = (hosts: string[]) => ({ allowedHelpdeskHosts: hosts });
  it('an empty list allows everything; wildcards match subdomains, not lookalikes', () => {
    expect(isHelpdeskHostAllowed(s([]), 'https://x.zendesk.com/agent')).toBe(true);
    expect(isHelpdeskHostAllowed(s(['*.zendesk.com']), 'https://acme.zendesk.com/agent')).toBe(true);
    expect(isHelpdeskHostAllowed(s(['*.zendesk.com']), 'https://acme.zendesk.com.evil.test/')).toBe(false);
    expect(isHelpdeskHostAllowed(s(['acme.zendesk.com']), 'https://other.zendesk.com/')).toBe(false);
    expect(isHelpdeskHostAllowed(s(['acme.zendesk.com']), 'not a url')).toBe(false);
  });
});

async function vi_waitFor(cond: () => boolean, timeoutMs = 1000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('customAdapters with on-prem patterns', () => {
  const base = {
    id: 'rt', name: 'RT',
    selectors: { subject: '#header h1', message: '.transaction.message', messageBody: '.messagebody', editor: '#UpdateContent' },
    internalPhrases: ['Comments added'],
  };

  it('takes a pattern with a port, and rejects a bad pattern alone while the rest of the config applies', () => {
    const { policy, report } = validatePolicy({ customAdapters: [{ ...base, urlPatterns: ['http://rt.local:8080/rt/*', 'gopher://rt.local/*'] }] });
    expect(policy.customAdapters).toEqual([{ ...base, urlPatterns: ['http://rt.local:8080/rt/*'] }]);
    expect(report.applied).toContain('customAdapters');
    expect(report.rejected).toEqual([{
      key: 'customAdapters[0].urlPatterns[1]',
      reason: expect.stringContaining('is not a valid match pattern'),
      code: 'ch-pattern-invalid',
      params: ['gopher://rt.local/*', expect.any(String)],
    }]);
  });

  it('rejects the config when no pattern is left', () => {
    const { policy, report } = validatePolicy({ customAdapters: [{ ...base, urlPatterns: ['nope'] }] });
    expect(policy.customAdapters).toBeUndefined();
    expect(report.rejected[0].key).toBe('customAdapters[0]');
  });
});

describe('features.aiAlerts (issue 15)', () => {
  it('is off by default, accepted and locked from policy, and in the managed schema', () => {
    expect(DEFAULT_SETTINGS.features.aiAlerts).toBe(false);
    const { policy, report } = validatePolicy({ features: { aiAlerts: false } });
    expect(report.rejected).toEqual([]);
    const agent = withDefaults({ features: { ...DEFAULT_SETTINGS.features, aiAlerts: true } });
    const { settings, locked } = mergeSettings(agent, 'k', policy);
    expect(settings.features.aiAlerts).toBe(false);
    expect(locked.has('features.aiAlerts')).toBe(true);
    expect((schema as { properties: { features: { properties: Record<string, unknown> } } }).properties.features.properties.aiAlerts).toEqual({ type: 'boolean' });
  });
});
