// The structural thread finder when the named selectors find far fewer messages than the page holds (issue 13
// item 2): a redesign renamed the message hook on most messages, the rest of the markup kept. The thread is then
// read by its structure, and the helpdesk's own author hooks, where they survive, still name who wrote each block.
import { describe, expect, it } from 'vitest';
import { pickAdapter } from '../../../adapters';
import { readingHealth } from '../../../adapters/shared/health';
import { findThreadByStructure } from '../../../adapters/shared/structure';
import { longThreadHtml } from '../../fixtures/adapters/generate';
import { parseHtml } from './helpers';

/** Renames every match of `hook` but the first (the redesign that one odd message survived). */
function renamedAllButOne(html: string, hook: RegExp, renamed: string): string {
  let seen = 0;
  return html.replace(hook, (m) => (seen++ ? renamed : m));
}

const expected = (customer: string, agent: string) =>
  Array.from({ length: 8 }, (_, i) => (i % 10 === 9 ? ['agent', agent] : i % 2 === 0 ? ['customer', customer] : ['agent', agent]));

describe('built-in adapters when their message hook matches one message of eight', () => {
  it('zendesk: all eight read, authors and roles from the surviving sender hooks', () => {
    const html = renamedAllButOne(longThreadHtml('zendesk', 8), /data-test-id="omni-log-comment-item"/g, 'data-test-id="omni-log-entry"');
    const url = 'https://acme.zendesk.com/agent/tickets/1042';
    const doc = parseHtml(html);
    const t = pickAdapter(url, doc)!.readTicket(doc, url)!;
    expect(t.messages.map((m) => [m.author.role, m.author.name])).toEqual(expected('Maria Gonzalez', 'Sam Patel'));
    // The better read wins: as many messages as the page shows, roles told apart, so the reading is not low.
    expect(readingHealth(t, url, { blocksOnPage: findThreadByStructure(doc)?.blocks.length, pageTicketId: '1042' })).toMatchObject({
      confidence: 'high',
      reasons: expect.arrayContaining(['messages-match-page', 'roles-mixed']),
    });
  });

  it('freshdesk: all eight read, authors and roles from the surviving user-name hooks', () => {
    const html = renamedAllButOne(longThreadHtml('freshdesk', 8), /class="conversation-item conversation-item--/g, 'class="conv-entry conv-entry--');
    const url = 'https://acme.freshdesk.com/a/tickets/388';
    const doc = parseHtml(html);
    const t = pickAdapter(url, doc)!.readTicket(doc, url)!;
    expect(t.messages.map((m) => [m.author.role, m.author.name])).toEqual(expected('Chloé Dubois', 'Rahul Mehta'));
  });
});
