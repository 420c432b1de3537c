import { describe, expect, it } from 'vitest';
import { contentTypeFor, demoFileFor } from '../../../demo/routes';
import { DEMO_TICKETS } from '../../../demo/tickets';
import { pickAdapter } from '../../../adapters';

describe('demoFileFor', () => {
  it.each([
    ['https://tandem-demo.zendesk.com/agent/tickets/1042', 'zendesk.html'],
    ['https://tandem-demo.zendesk.com/agent/tickets/1038?x=1', 'zendesk.html'],
    ['https://app.intercom.com/a/inbox/tandemdemo/inbox/conversation/215', 'intercom.html'],
    ['https://tandem-demo.freshdesk.com/a/tickets/388', 'freshdesk.html'],
    ['https://tandem-demo.freshdesk.com/helpdesk/tickets/77', 'freshdesk-legacy.html'],
    ['https://tandem-demo.zendesk.com/__demo/zendesk.js', '__demo/zendesk.js'],
    ['https://app.intercom.com/__demo/intercom.css', '__demo/intercom.css'],
  ])('%s -> %s', (url, file) => expect(demoFileFor(url)).toBe(file));

  it('refuses other sites, unknown paths and path climbing', () => {
    expect(demoFileFor('https://example.com/agent/tickets/1')).toBeNull();
    expect(demoFileFor('https://tandem-demo.zendesk.com/hc/en-us')).toBeNull();
    expect(demoFileFor('https://tandem-demo.zendesk.com/__demo/..%2Fsecret')).toBeNull();
    expect(demoFileFor('https://tandem-demo.zendesk.com/__demo/')).toBeNull();
    expect(demoFileFor('not a url')).toBeNull();
  });

  it('names content types', () => {
    expect(contentTypeFor('__demo/zendesk.js')).toMatch(/javascript/);
    expect(contentTypeFor('zendesk.html')).toMatch(/text\/html/);
    expect(contentTypeFor('__demo/x.woff2')).toBe('font/woff2');
  });
});

describe('DEMO_TICKETS', () => {
  it('covers the four demo pages, each at a URL that routes to its page and picks the right adapter', () => {
    expect(new Set(DEMO_TICKETS.map((t) => t.page))).toEqual(new Set(['zendesk.html', 'intercom.html', 'freshdesk.html', 'freshdesk-legacy.html']));
    for (const t of DEMO_TICKETS) {
      expect(demoFileFor(t.url)).toBe(t.page);
      expect(pickAdapter(t.url, document.implementation.createHTMLDocument(''))?.id).toBe(t.helpdesk);
      expect(t.messageCount).toBe(t.roles.length);
      expect(t.requester.email).toMatch(/@/);
    }
  });

  it('has the brief\'s four stories with customers, agents and an internal note', () => {
    const first = (page: string) => DEMO_TICKETS.find((t) => t.page === page)!;
    expect(first('zendesk.html').subject).toMatch(/charged twice/i);
    expect(first('intercom.html').subject).toMatch(/2FA/);
    expect(first('freshdesk.html').subject).toMatch(/not delivered/i);
    expect(first('freshdesk-legacy.html').subject).toMatch(/refund/i);
    for (const page of ['zendesk.html', 'intercom.html', 'freshdesk.html', 'freshdesk-legacy.html']) {
      const t = first(page);
      expect(t.internalCount).toBeGreaterThanOrEqual(1);
      expect(t.roles).toContain('customer');
      expect(t.roles).toContain('agent');
      expect(t.messageCount).toBeGreaterThanOrEqual(4);
    }
  });
});
