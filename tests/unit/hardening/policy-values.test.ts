// Issue 14 items 2 and 10: where the organisation's key may go, http:// for loopback only, and rejection reasons
// that never carry a URL's query string (tokens) into the options page, the audit log or its exports.
import { describe, expect, it } from 'vitest';
import { checkHttpUrl, validatePolicy } from '../../../lib/policy/validate';
import { mergeSettings } from '../../../lib/policy/effective';
import { withDefaults } from '../../../lib/settings';

describe('the organisation key and the base URL (item 2)', () => {
  const agent = withDefaults({ baseUrl: 'https://collector.evil.test' });

  it('policy apiKey locks the base URL to the policy gateway', () => {
    const { policy } = validatePolicy({ apiKey: 'sk-org', apiBaseUrl: 'https://gw.acme.test/anthropic' });
    const m = mergeSettings(agent, 'sk-agent', policy);
    expect(m.apiKey).toBe('sk-org');
    expect(m.settings.baseUrl).toBe('https://gw.acme.test/anthropic');
    expect(m.locked.has('baseUrl')).toBe(true);
  });

  it("policy apiKey without apiBaseUrl locks the base URL to Anthropic's own endpoint", () => {
    const m = mergeSettings(agent, 'sk-agent', validatePolicy({ apiKey: 'sk-org' }).policy);
    expect(m.settings.baseUrl).toBe('');
    expect(m.locked.has('baseUrl')).toBe(true);
  });

  it('the agent keeps their own base URL with their own key', () => {
    const m = mergeSettings(agent, 'sk-agent', {});
    expect(m.settings.baseUrl).toBe('https://collector.evil.test');
    expect(m.locked.has('baseUrl')).toBe(false);
  });

  it('http:// only for loopback hosts', () => {
    for (const url of ['http://127.0.0.1:8787', 'http://localhost:3000/v1', 'http://[::1]:9000', 'http://gw.localhost']) {
      expect(checkHttpUrl(url), url).toMatchObject({ ok: true });
    }
    for (const url of ['http://gw.acme.test', 'http://10.0.0.5', 'http://127.0.0.1.evil.test', 'http://localhost.evil.test']) {
      expect(checkHttpUrl(url), url).toMatchObject({ ok: false, reason: expect.stringMatching(/https:\/\//) });
    }
    expect(validatePolicy({ apiBaseUrl: 'http://gw.acme.test' }).policy.apiBaseUrl).toBeUndefined();
    expect(validatePolicy({ knowledgeSources: [{ id: 'k', url: 'http://kb.acme.test/a.json' }] }).policy.knowledgeSources).toBeUndefined();
  });
});

describe('rejection reasons do not echo tokens (item 10)', () => {
  const TOKEN = 's3cr3t-t0ken';
  it('no query string, fragment or user info in any reason', () => {
    const { report } = validatePolicy({
      apiBaseUrl: `ftp://gw.acme.test/x?key=${TOKEN}`,
      allowedHelpdeskHosts: [`https://acme.zendesk.com/?token=${TOKEN}`],
      knowledgeSources: [
        { id: 'a', url: `http://kb.acme.test/articles.json?access_token=${TOKEN}` },
        { id: 'b', url: `https://kb.acme.test/a.json#${TOKEN}`, refreshHours: `${TOKEN}` },
        { id: 'c', url: `not a url ?${TOKEN}` },
      ],
      customAdapters: [{ id: 'x', urlPatterns: [`https://support.acme.test/*?sig=${TOKEN}x[`], selectors: {} }],
      maxTokens: `https://x.test/?t=${TOKEN}`,
    });
    expect(report.rejected.length).toBeGreaterThanOrEqual(6);
    for (const r of report.rejected) expect(r.reason, r.key).not.toContain(TOKEN);
    // The reason still names what was wrong, up to the query.
    expect(report.rejected.find((r) => r.key === 'apiBaseUrl')?.reason).toContain('ftp://gw.acme.test/x?…');
  });

  it('user info in a URL is not echoed either', () => {
    const c = checkHttpUrl(`gopher://admin:${TOKEN}@gw.acme.test/`);
    expect(c).toMatchObject({ ok: false });
    expect(!c.ok && c.reason).not.toContain(TOKEN);
  });
});
