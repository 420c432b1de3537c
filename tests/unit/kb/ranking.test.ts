import { describe, expect, it } from 'vitest';
import type { TicketSnapshot } from '../../../adapters/types';
import { buildIndex, cleanCustomerText, highlightSegments, rankArticles, type KbArticle } from '../../../lib/kb';

const ticket = (over: Partial<TicketSnapshot>): TicketSnapshot => ({
  helpdesk: 'test', ticketId: '1', url: 'https://x.test/1', subject: '', tags: [], requester: {}, messages: [], ...over,
});
const customer = (text: string) => ({ author: { role: 'customer' as const }, text });
const agent = (text: string, internal = false) => ({ author: { role: 'agent' as const }, text, internal });

describe('rankArticles', () => {
  it('defaults to 5 hits and honours the 3-argument contract', () => {
    const articles: KbArticle[] = Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, title: `Refund guide ${i}`, body: `Refunds part ${i}.` }));
    const index = buildIndex(articles);
    expect(rankArticles(index, 'refund')).toHaveLength(5);
    expect(rankArticles(index, 'refund', 2)).toHaveLength(2);
    expect(rankArticles(index, 'hello thanks')).toEqual([]); // only greetings: nothing to rank on
  });

  it('counts a title match above a body match', () => {
    const index = buildIndex([
      { id: 'body', title: 'Account settings', body: 'Among many settings you can also manage invoices here.' },
      { id: 'title', title: 'Invoices', body: 'Where to find what you paid and download it.' },
    ]);
    expect(rankArticles(index, 'where are my invoices').map((h) => h.articleId)[0]).toBe('title');
  });

  it('lifts articles whose tags match the ticket tags', () => {
    const index = buildIndex([
      { id: 'plain', title: 'Delivery delays', body: 'Parcels can be late during holidays.' },
      { id: 'tagged', title: 'Delivery delays abroad', body: 'Parcels can be late during holidays.', tags: ['international'] },
    ]);
    const q = ticket({ subject: 'delivery delays holidays parcels', tags: [] });
    expect(rankArticles(index, q)[0].articleId).toBe('plain');
    expect(rankArticles(index, { ...q, tags: ['International'] })[0].articleId).toBe('tagged');
    expect(rankArticles(index, q, 5, { ticketTags: ['international'] })[0].articleId).toBe('tagged');
  });

  it('weights the latest customer message over older ones and ignores agents and internal notes', () => {
    const index = buildIndex([
      { id: 'password', title: 'Reset password', body: 'Use the reset link to choose a new password.' },
      { id: 'refund', title: 'Refund request', body: 'Ask for a refund within 30 days.' },
      { id: 'invoice', title: 'Invoice download', body: 'Download an invoice from billing.' },
    ]);
    const older = ticket({ messages: [customer('I forgot my password'), agent('done, reset sent'), customer('Now I want a refund')] });
    expect(rankArticles(index, older)[0].articleId).toBe('refund');
    const reversed = ticket({ messages: [customer('Now I want a refund'), agent('ok'), customer('I forgot my password')] });
    expect(rankArticles(index, reversed)[0].articleId).toBe('password');
    const noisyAgent = ticket({
      messages: [customer('I forgot my password'), agent('invoice invoice download billing'), agent('invoice billing', true)],
    });
    expect(rankArticles(index, noisyAgent).map((h) => h.articleId)).not.toContain('invoice');
  });

  it('re-ranks with per-ticket and aggregated feedback', () => {
    const index = buildIndex([
      { id: 'a', title: 'Card declined', body: 'Why a card payment is declined.' },
      { id: 'b', title: 'Card declined abroad', body: 'Card payment declined while travelling.' },
    ]);
    const base = rankArticles(index, 'card payment declined').map((h) => h.articleId);
    const [first, second] = base;
    const downOnTicket = rankArticles(index, 'card payment declined', 5, { feedback: { ticket: { [first]: -1 } } });
    expect(downOnTicket[0].articleId).toBe(second);
    const aggregated = rankArticles(index, 'card payment declined', 5, {
      feedback: { aggregate: { [second]: { up: 30, down: 0 }, [first]: { up: 0, down: 30 } } },
    });
    expect(aggregated[0].articleId).toBe(second);
  });

  it('returns the best passage, not the first lines, with matched terms', () => {
    const body = [
      'Welcome to our help centre.',
      'This article covers many account topics.',
      'We update it every month.',
      'If your card was stolen, freeze the card in the app immediately and order a replacement.',
      'Closing words and contact details.',
    ].join(' ');
    const index = buildIndex([{ id: 'x', title: 'Account topics', body }]);
    const [hit] = rankArticles(index, 'Hi, my card was stolen yesterday! Thanks, Jo');
    expect(hit.snippet).toContain('freeze the card');
    expect(hit.snippet).not.toContain('Welcome');
    expect(hit.matchedTerms).toEqual(expect.arrayContaining(['card', 'stolen']));
    expect(hit.matchedTerms).not.toContain('hi');
  });

  it('explains a hit with words that say something: no stopwords, negations or particles in "why this"', () => {
    const index = buildIndex([
      { id: 'app', title: 'Card not working in the app', body: 'If your card is not working on the app, why not re-add it? Promo codes apply too.' },
      { id: 'other', title: 'Opening hours', body: 'We are open on weekdays.' },
    ]);
    const [hit] = rankArticles(index, "Why isn't my card working on the app? It's not a promo code issue, is it?");
    expect(hit.articleId).toBe('app');
    expect(hit.matchedTerms).toEqual(expect.arrayContaining(['card', 'working', 'app', 'promo code']));
    for (const surface of hit.matchedTerms) {
      for (const word of surface.split(' ')) {
        expect(['why', 'isnt', 'not', 'on', 'its', 'is', 'it', 'a']).not.toContain(word);
      }
    }
  });

  it('finds two-word phrases ahead of scattered words', () => {
    const index = buildIndex([
      { id: 'scattered', title: 'Top news', body: 'Read the top stories. Use a gift card.' },
      { id: 'phrase', title: 'Ways to add money', body: 'You can top up your card by bank transfer.' },
    ]);
    expect(rankArticles(index, 'how do I top up card')[0].articleId).toBe('phrase');
  });
});

describe('cleanCustomerText', () => {
  it('drops greetings, sign-offs with signatures, quoted mail and boilerplate', () => {
    const text = [
      'Hi team,',
      'My parcel never arrived.',
      'Best regards,',
      'Jane Doe',
      'ACME Corp | +1 555',
      '',
      'On Mon, 3 Mar 2025 at 10:00, Support <s@x.com> wrote:',
      '> How can we help with your invoice?',
    ].join('\n');
    expect(cleanCustomerText(text)).toBe('My parcel never arrived.');
    expect(cleanCustomerText('Hello, the app crashes on login\nThis email is confidential and intended only for the addressee')).toBe(
      'the app crashes on login',
    );
  });
});

describe('highlightSegments', () => {
  it('marks matched words (any inflection) and keeps markup as plain text', () => {
    const segs = highlightSegments('Refunds <b>arrive</b> after refunding.', ['refund']);
    expect(segs.filter((s) => s.match).map((s) => s.text)).toEqual(['Refunds', 'refunding']);
    expect(segs.map((s) => s.text).join('')).toBe('Refunds <b>arrive</b> after refunding.');
  });
});
