// The agent's source form: each kind becomes the config its sync needs, and what is missing is said, not sent.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { agentSourceConfig, EMPTY_AGENT_SOURCE_FORM } from './agent-form';
import { INTERCOM_API } from './sync/intercom';

const form = (over: Partial<typeof EMPTY_AGENT_SOURCE_FORM>) => ({ ...EMPTY_AGENT_SOURCE_FORM, ...over });

describe('agent source form', () => {
  // The fake browser's i18n.getMessage throws; an empty answer makes t() fall back to the English text.
  beforeAll(() => void vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => ''));

  it('a Zendesk address is cut to its origin, with token or bearer auth', () => {
    expect(agentSourceConfig(form({ baseUrl: ' https://acme.zendesk.com/hc/en-us ', email: 'a@acme.test ', secret: ' tok ' }))).toEqual({
      ok: true,
      config: { kind: 'zendesk', baseUrl: 'https://acme.zendesk.com', auth: { email: 'a@acme.test', apiToken: 'tok' }, includeMacros: true },
    });
    expect(agentSourceConfig(form({ baseUrl: 'https://acme.zendesk.com', authMode: 'bearer', secret: 'b', includeExtras: false }))).toMatchObject({
      ok: true,
      config: { auth: { bearer: 'b' }, includeMacros: false },
    });
  });

  it('Intercom takes its region, Freshdesk its API key', () => {
    expect(agentSourceConfig(form({ kind: 'intercom', region: 'eu', secret: 's' }))).toEqual({ ok: true, config: { kind: 'intercom', accessToken: 's', baseUrl: INTERCOM_API.eu } });
    expect(agentSourceConfig(form({ kind: 'freshdesk', baseUrl: 'https://acme.freshdesk.com/', secret: 'k' }))).toEqual({
      ok: true,
      config: { kind: 'freshdesk', baseUrl: 'https://acme.freshdesk.com', apiKey: 'k', includeCanned: true },
    });
  });

  it('refuses a missing secret, an address that is not https, and token auth without an e-mail', () => {
    for (const bad of [form({ baseUrl: 'https://acme.zendesk.com', email: 'a@b', secret: ' ' }), form({ baseUrl: 'http://acme.zendesk.com', email: 'a@b', secret: 's' }), form({ baseUrl: 'javascript:alert(1)', email: 'a@b', secret: 's' }), form({ baseUrl: 'https://acme.zendesk.com', secret: 's' })]) {
      const r = agentSourceConfig(bad);
      expect(r.ok ? 'accepted' : r.error).toMatch(/\w/);
      expect(r.ok).toBe(false);
    }
  });
});
