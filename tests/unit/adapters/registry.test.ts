import { describe, expect, it } from 'vitest';
import { adapters, pickAdapter } from '../../../adapters';
import type { CustomAdapterConfig } from '../../../adapters/custom';
import { fixtureHtml, loadFixture } from './helpers';

const blank = () => document.implementation.createHTMLDocument('');
const helphive = JSON.parse(fixtureHtml('custom/helphive.config.json')) as CustomAdapterConfig;

describe('pickAdapter', () => {
  it('registers the three built-ins', () => {
    expect(adapters.map((a) => a.id)).toEqual(['zendesk', 'intercom', 'freshdesk']);
  });

  it.each([
    ['https://tandem-demo.zendesk.com/agent/tickets/1042', 'zendesk'],
    ['https://app.intercom.com/a/inbox/tandemdemo/inbox/conversation/215', 'intercom'],
    ['https://tandem-demo.freshdesk.com/a/tickets/388', 'freshdesk'],
    ['https://tandem-demo.freshdesk.com/helpdesk/tickets/77', 'freshdesk'],
  ])('%s -> %s', (url, id) => expect(pickAdapter(url, blank())?.id).toBe(id));

  it('returns null on other sites', () => {
    expect(pickAdapter('https://www.example.org/', blank())).toBeNull();
    expect(pickAdapter('https://tandem-demo.zendesk.com/hc/en-us', blank())).toBeNull();
  });

  it('recognises a helpdesk on its own domain from its markup', () => {
    expect(pickAdapter('https://support.acme.example/agent/tickets/1', loadFixture('zendesk/agent-workspace.html'))?.id).toBe('zendesk');
    expect(pickAdapter('https://help.acme.example/a/tickets/1', loadFixture('freshdesk/mint.html'))?.id).toBe('freshdesk');
  });

  it('lets a matching custom config win over a built-in, and skips invalid ones', () => {
    const onZendesk: CustomAdapterConfig = { ...helphive, id: 'acme-zendesk', urlPatterns: ['https://acme.zendesk.com/*'] };
    const invalid = { ...helphive, id: 'bad', urlPatterns: ['https://tandem-demo.zendesk.com/*'], selectors: { ...helphive.selectors, subject: '[' } };
    expect(pickAdapter('https://acme.zendesk.com/agent/tickets/5', blank(), [onZendesk])?.id).toBe('acme-zendesk');
    expect(pickAdapter('https://tandem-demo.zendesk.com/agent/tickets/5', blank(), [invalid as CustomAdapterConfig])?.id).toBe('zendesk');
    expect(pickAdapter('https://support.helphive.example/desk/cases/4821', blank(), [helphive])?.id).toBe('helphive');
  });
});
