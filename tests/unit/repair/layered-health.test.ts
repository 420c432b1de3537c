// A repair laid over a built-in adapter (adapters/layered.ts) keeps the built-in's reading-health signals: the
// page's own ticket id must still reach the "ticket id agrees with the URL" check, or a repaired page showing
// another ticket than its URL would be drafted for and inserted into without a word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pickAdapter, type CustomAdapterConfig } from '../../../adapters';
import type { TicketSnapshot } from '../../../adapters/types';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { watchTicket, type TicketWatcher } from '../../../lib/content/watch-ticket';
import { windowAt } from '../adapters/helpers';

const page = readFileSync(join(__dirname, '../../fixtures/public/misleading/zendesk-id-mismatch.html'), 'utf8');
const URL_ = 'https://acme.zendesk.com/agent/tickets/4521'; // the page shows ticket 4530
const repair: CustomAdapterConfig = {
  id: 'repair-acme-zendesk-com',
  name: 'acme.zendesk.com',
  urlPatterns: ['https://acme.zendesk.com/*'],
  selectors: { subject: '[data-test-id="omni-header-subject"]', message: '[data-test-id="omni-log-comment-item"]', messageAuthor: '[data-test-id="omni-log-item-sender"]', messageBody: '[data-test-id="omni-log-message-content"]', editor: '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]' },
  layer: 'override',
};

describe('a repair over a built-in adapter', () => {
  let watcher: TicketWatcher | undefined;
  afterEach(() => watcher?.stop());

  it("passes on the built-in's page ticket id", () => {
    const doc = new DOMParser().parseFromString(page, 'text/html');
    const adapter = pickAdapter(URL_, doc, [repair]);
    expect(adapter?.id).toBe('zendesk');
    expect(adapter?.readTicket).not.toBe(zendeskAdapter.readTicket); // the repair, laid over the built-in
    expect(adapter?.pageTicketId?.(doc, URL_)).toBe('4530');
  });

  it('so the health of a repaired page whose ticket id disagrees with the URL says so', () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(page, 'text/html').documentElement.innerHTML;
    const reported: (TicketSnapshot | null)[] = [];
    watcher = watchTicket({ doc: document, win: windowAt(URL_), customAdapters: () => [repair], report: (s) => reported.push(s) });
    expect(reported[0]?.messages.length).toBeGreaterThan(0);
    expect(reported[0]?.health).toMatchObject({ confidence: 'low', reasons: expect.arrayContaining(['id-mismatch-url']) });
  });
});
