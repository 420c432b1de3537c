// How a ticket becomes a query: what counts, what is left out, and how older messages fade.
import { describe, expect, it } from 'vitest';
import type { TicketMessage, TicketSnapshot } from '../../../adapters/types';
import { buildIndex, buildQuery, rankArticles } from '../../../lib/kb';
import { detailFree, isPleasantry } from '../../../lib/kb/query';
import { analyze, isFunctionWord, isStopword } from '../../../lib/kb/text';

const ticket = (messages: TicketMessage[], over: Partial<TicketSnapshot> = {}): TicketSnapshot => ({
  helpdesk: 'test', ticketId: '1', url: 'https://x.test/1', subject: '', tags: [], requester: {}, messages, ...over,
});
const customer = (text: string, name?: string): TicketMessage => ({ author: { role: 'customer', name }, text });
const agent = (text: string): TicketMessage => ({ author: { role: 'agent', name: 'Sam' }, text });
const weightOf = (q: ReturnType<typeof buildQuery>, term: string) => q.find((t) => t.term === term)?.weight ?? 0;
const termsOf = (q: ReturnType<typeof buildQuery>) => q.map((t) => t.term);

/** A chat as a chat helpdesk shows it: the problem first, then the details the agent asks for, then goodbyes. */
const returnChat = ticket(
  [
    agent('Hi! How can I help you?'),
    customer('Hi! I need to return an item, it arrived in the wrong size.', 'Jane Roe'),
    agent('Sure, may I have your name please?'),
    customer('Jane Roe', 'Jane Roe'),
    agent('Thanks. Your e-mail and order number?'),
    customer('jane.roe@example.com', 'Jane Roe'),
    customer('Order ID: 3348917502', 'Jane Roe'),
    agent('And a phone number in case we need to call?'),
    customer('(977) 625-2661', 'Jane Roe'),
    agent('Done, the return label is on its way.'),
    customer('Great, thanks for your help!', 'Jane Roe'),
    customer("That's it. Take care.", 'Jane Roe'),
  ],
  { requester: { name: 'Jane Roe', email: 'jane.roe@example.com' } },
);

describe('buildQuery on a chat', () => {
  it('leaves out contact details, the customer\'s name, labels of identifiers and pleasantries', () => {
    const terms = termsOf(buildQuery(returnChat));
    expect(terms).toEqual(expect.arrayContaining(['return', 'item', 'wrong', 'size']));
    for (const gone of ['jane', 'roe', 'example', 'com', 'order', '977', '625', '2661', 'great', 'take', 'care', 'thank']) {
      expect(terms, gone).not.toContain(gone);
    }
  });

  it('keeps the opening statement at full strength when only details and goodbyes follow', () => {
    const q = buildQuery(returnChat);
    // Everything after the opening was a detail or a pleasantry: the opening is the latest thing said.
    expect(weightOf(q, 'return')).toBe(1);
    expect(weightOf(q, 'size')).toBe(1);
  });

  it('ranks the article for the stated problem above ones matching the details and goodbyes', () => {
    const index = buildIndex([
      { id: 'returns', title: 'Returning an item', body: 'Items in the wrong size can be returned within 30 days.' },
      { id: 'order-status', title: 'Order status', body: 'Look up an order by its order ID to see where it is.' },
      { id: 'email', title: 'Change your e-mail address', body: 'Update the email and phone number on your account.' },
      { id: 'care', title: 'Caring for your items', body: 'Take care of leather: great items last. Wash at 30 degrees.' },
    ]);
    // Weighted toward the latest messages as they are, the query was "take care ... great": 'care' came first.
    expect(rankArticles(index, returnChat)[0].articleId).toBe('returns');
  });
});

describe('buildQuery recency', () => {
  it('ages a message by the words written after it, not by the number of bubbles', () => {
    const chat = ticket([
      customer('My parcel never arrived.'),
      agent('Sorry to hear that.'),
      customer('A birthday present for my son.'),
      customer('Ordered Tuesday'),
      agent('Let me look.'),
      customer('Sent to my home'),
      agent('OK'),
      customer('Yes'),
    ]);
    // (Short answers to the agent's questions would also be capped: these follow statements.)
    const q = buildQuery(chat);
    // Three short answers follow "birthday": it has barely aged (per-bubble decay would leave 0.6^2 = 0.36).
    expect(weightOf(q, 'birthday')).toBeGreaterThan(0.8);
    expect(weightOf(q, 'home')).toBe(1);
  });

  it('still lets a long follow-up in an e-mail thread outweigh the message before it, and keeps the opening', () => {
    const thread = ticket([
      customer('My parcel never arrived at the depot address.'),
      agent('We have sent a replacement.'),
      customer('The replacement came, thanks. Separate question: the invoice shows the wrong company name.'),
      agent('Noted.'),
      customer(
        'Also the mobile app crashes whenever I open my saved payment cards, right after the splash screen, ' +
          'on both my phone and my tablet since the last update installed yesterday evening.',
      ),
    ]);
    const q = buildQuery(thread);
    expect(weightOf(q, 'crash')).toBe(1);
    expect(weightOf(q, 'invoic')).toBeLessThan(0.7); // about 20 words came after it
    expect(weightOf(q, 'parcel')).toBeGreaterThanOrEqual(0.8); // the opening statement keeps its floor
    expect(weightOf(q, 'parcel')).toBeLessThan(1);
  });
});

describe('buildQuery on the agent\'s questions and the answers to them', () => {
  const chat = ticket(
    [
      agent('Hi! How can I help you?'),
      customer('I need to return an item, it arrived in the wrong size.', 'Crystal Minh'),
      agent('May I have your full name and order ID please?'),
      customer('Crystal Minh, 3348917502', 'Crystal Minh'),
      agent('Thanks Crystal. What is your membership level? Was the purchase made in the last 90 days?'),
      customer('No, I bought it in November.', 'Crystal Minh'),
      agent('We cannot accept the return, sorry.'),
      customer('What if I ask really, really nicely?', 'Crystal Minh'),
    ],
    { requester: { name: 'Crystal Minh' } },
  );

  it('weighs a short answer to an agent\'s question below what the customer says unprompted', () => {
    const q = buildQuery(chat);
    expect(weightOf(q, 'bought')).toBe(0.5); // answered "was the purchase made in the last 90 days?"
    expect(weightOf(q, 'nicely')).toBe(1); // said after a statement: the latest thing the customer raised
    expect(weightOf(q, 'return')).toBeGreaterThanOrEqual(0.8); // the opening statement keeps its floor
  });

  it('counts the agent\'s questions faintly, but not routine requests for details, statements or names', () => {
    const q = buildQuery(chat);
    expect(weightOf(q, 'membership')).toBeCloseTo(0.3);
    expect(weightOf(q, 'purchas')).toBeCloseTo(0.3);
    const terms = termsOf(q);
    for (const gone of ['full', 'order', 'accept', 'crystal', 'minh']) expect(terms, gone).not.toContain(gone);
    // an answer said after a statement, not a question, is not capped
    const statementFirst = buildQuery(ticket([customer('My card broke.'), agent('Noted.'), customer('It is bent')]));
    expect(weightOf(statementFirst, 'bent')).toBe(1);
  });

  it('ranks the procedure the agent is following above an article that shares only an answer\'s word', () => {
    const index = buildIndex([
      {
        id: 'returns',
        title: 'Returns',
        body: 'Check the membership level. Bronze members can return a purchase made within the last 90 days.',
      },
      { id: 'never-bought', title: 'Billed but never bought', body: 'The customer says they never bought the item.' },
    ]);
    expect(rankArticles(index, chat)[0].articleId).toBe('returns');
  });
});

describe('detailFree and isPleasantry', () => {
  it('recognises sentences made only of courtesy', () => {
    for (const s of ['Thanks for trying to help.', "That's it. Take care.", 'no worries', 'Perfect. Thanks', 'great']) {
      expect(isPleasantry(s), s).toBe(true);
    }
    for (const s of ['Thanks, but the card still does not work', 'How much?', 'I got the wrong size.']) {
      expect(isPleasantry(s), s).toBe(false);
    }
  });

  it('drops e-mails, phone numbers, the given name and identifier labels, keeping real sentences', () => {
    const text = 'Username: jroe730\njroe730@email.com\n+1 (555) 010-9999\nJane Roe\nThe card was declined twice.';
    expect(detailFree(text, { name: 'Jane Roe' }).split('\n')).toEqual(['jroe730', 'The card was declined twice.']);
    // The identifier stays (it matches only if the knowledge base has it, as an error code would); a labelled
    // sentence is not an identifier line.
    expect(detailFree('Error code: E4012')).toBe('E4012');
    expect(detailFree('Error: payment declined at checkout')).toBe('Error: payment declined at checkout');
  });
});

describe('analyze', () => {
  it('does not build phrases across clause punctuation', () => {
    expect(analyze('No, I bought it in November')).not.toContain('not_bought');
    expect(analyze('I have not bought it')).toContain('not_bought');
  });

  it('keeps negations and particles only inside phrases', () => {
    const topUp = analyze('how do I top up my card');
    expect(topUp).toContain('top_up');
    expect(topUp).not.toContain('up');
    const broken = analyze('card is not working');
    expect(broken).toContain('not_work');
    expect(broken).not.toContain('not');
  });
});

describe('stopwords', () => {
  it('come from the library list, as the tokenizer writes them, with words that collide left out', () => {
    for (const w of ['ourselves', 'whom', 'ought', 'theyre', 'hows', 'whys', 'the']) expect(isStopword(w), w).toBe(true);
    // "us" is also the country; "shell" and "wed" are words once "she'll" and "we'd" lose their apostrophe.
    for (const w of ['us', 'shell', 'wed', 'card']) expect(isStopword(w), w).toBe(false);
    // Negations and particles are not dropped: they live on inside phrases, and only there.
    for (const w of ['not', 'up', 'isnt']) {
      expect(isStopword(w), w).toBe(false);
      expect(isFunctionWord(w), w).toBe(true);
    }
  });
});
