// @vitest-environment node
// The demo knowledge base (demo/kb) must parse cleanly and put the right article first for each demo ticket,
// with unrelated articles in the set so the ranking has something to beat.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TicketSnapshot } from '../../adapters/types';
import { freshdeskTickets, intercomConversations, legacyTickets, zendeskTickets, type DemoTicket } from '../../demo/tickets';
import { buildIndex, rankArticles } from '../kb';
import { parseFiles } from './import';

const DIR = join(__dirname, '../../demo/kb');
const files = readdirSync(DIR).map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }));
const parsed = parseFiles(files);

const plain = (html: string) => html.replace(/<[^<>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
const snapshot = (t: DemoTicket): TicketSnapshot => ({
  helpdesk: 'demo',
  ticketId: t.id,
  url: `https://demo.test/${t.id}`,
  subject: t.subject,
  tags: t.tags,
  requester: { name: t.requester.name, email: t.requester.email },
  messages: t.messages.map((m) => ({
    author: { name: m.author, role: m.role === 'note' ? 'agent' : m.role },
    internal: m.role === 'note',
    text: plain(m.html),
  })),
});

describe('demo knowledge base', () => {
  it('parses every file into an article or macro with a title, tags and a help-center URL', () => {
    expect(parsed.skipped).toEqual([]);
    expect(parsed.articles.length).toBeGreaterThanOrEqual(8);
    expect(parsed.articles.length).toBeLessThanOrEqual(12);
    for (const a of parsed.articles) {
      expect(a.url).toMatch(/^https:\/\/help\.tandem-demo\.example\/(articles|macros)\/[a-z0-9-]+$/);
      expect(a.tags?.length).toBeGreaterThan(0);
      expect(a.title).not.toMatch(/^["']/);
    }
    expect(parsed.articles.filter((a) => a.kind === 'macro').length).toBeGreaterThanOrEqual(2);
  });

  const index = buildIndex(parsed.articles);
  const top = (t: DemoTicket, n = 1) => rankArticles(index, snapshot(t), 5).slice(0, n).map((h) => h.articleId);
  const byId = (id: string) => [...zendeskTickets, ...intercomConversations, ...freshdeskTickets, ...legacyTickets].find((t) => t.id === id)!;

  it.each([
    ['1042', ['file:duplicate-charge.md', 'file:macro-refund-duplicate-charge.md']],
    ['215', ['file:2fa-login-recovery.md']],
    ['388', ['file:shipping-delays.md', 'file:macro-shipping-investigation.md']],
    ['77', ['file:damaged-item.md']],
    ['1038', ['file:csv-export-timeouts.md']],
    ['1045', ['file:add-admin.md']],
  ])('ticket %s ranks a fitting article first', (id, expected) => {
    expect(expected).toContain(top(byId(id))[0]);
  });
});
