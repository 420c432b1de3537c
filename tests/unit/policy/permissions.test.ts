import { describe, expect, it } from 'vitest';
import { originsNeeded } from '../../../lib/policy/permissions';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

describe('originsNeeded (least privilege)', () => {
  it('asks for nothing with default settings or Anthropic itself', () => {
    expect(originsNeeded(DEFAULT_SETTINGS)).toEqual([]);
    expect(originsNeeded({ ...DEFAULT_SETTINGS, baseUrl: 'https://api.anthropic.com' })).toEqual([]);
  });

  it('asks for hosts the manifest does not cover, once each, with the reason', () => {
    const needed = originsNeeded({
      ...DEFAULT_SETTINGS,
      baseUrl: 'https://ai-gateway.acme.test/anthropic',
      allowedHelpdeskHosts: ['acme.zendesk.com', 'support.acme.test', '*.desk.acme.test'],
      customAdapters: [{ id: 'a', name: 'Acme Desk', urlPatterns: ['https://support.acme.test/tickets/*', '*://legacy.acme.test/*'], selectors: { subject: 'h1', message: '.m', messageBody: '.b', editor: '#r' } }],
      knowledgeSources: [{ id: 'kb', kind: 'url', url: 'https://kb.acme.test/articles.json' }, { id: 'hc', kind: 'zendesk', url: 'https://acme.zendesk.com' }],
    });
    expect(needed).toEqual([
      { origin: 'https://ai-gateway.acme.test/*', reason: 'gateway', label: 'https://ai-gateway.acme.test/anthropic' },
      { origin: 'https://support.acme.test/*', reason: 'helpdesk', label: 'support.acme.test' },
      { origin: 'https://*.desk.acme.test/*', reason: 'helpdesk', label: '*.desk.acme.test' },
      { origin: 'https://legacy.acme.test/*', reason: 'helpdesk', label: 'Acme Desk' },
      { origin: 'https://kb.acme.test/*', reason: 'knowledge', label: 'https://kb.acme.test/articles.json' },
    ]);
  });
});
