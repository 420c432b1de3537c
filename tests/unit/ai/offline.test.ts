import { describe, expect, it } from 'vitest';
import { offlineDraft } from '../../../lib/ai/offline';
import { snippets, ticket } from './helpers';

describe('offline draft', () => {
  it('greets the requester, quotes the best passages with sources, signs as the agent, and says it is offline', () => {
    const d = offlineDraft({ ticket: ticket(), snippets, agentName: 'Tom Becker' });
    expect(d.offline).toBe(true);
    expect(d.label).toMatch(/Offline draft/);
    expect(d.label).toMatch(/not written by the AI/);
    expect(d.text.startsWith('Hi Maria,')).toBe(true);
    expect(d.text).toContain('Refunds are issued within 5 business days after the return arrives at our warehouse. [1]');
    expect(d.text).toContain('(Source: Refund timelines — https://help.acme.test/refunds)');
    expect(d.text).toContain('[2]');
    expect(d.text.trimEnd().endsWith('Best regards,\nTom Becker')).toBe(true);
    expect(d.text).not.toMatch(/offline/i); // the label is for the agent, not the customer
    expect(d.sources.map((s) => s.articleId)).toEqual(['kb-refunds', 'kb-returns']);
  });

  it('writes in the customer language', () => {
    const t = ticket({ messages: [{ author: { role: 'customer' }, text: 'Hola, todavía no he recibido mi reembolso. ¿Me pueden ayudar por favor?' }] });
    const d = offlineDraft({ ticket: t, snippets, agentName: 'Tom' });
    expect(d.language).toBe('es');
    expect(d.text.startsWith('Hola, Maria:')).toBe(true);
    expect(d.text).toContain('Un saludo,\nTom');
  });

  it('is an honest holding reply when no snippet matches', () => {
    const d = offlineDraft({ ticket: ticket({ requester: {} }), snippets: [] });
    expect(d.text.startsWith('Hello,')).toBe(true);
    expect(d.text).toContain('I am looking into this');
    expect(d.label).toMatch(/no matching knowledge-base article/);
    expect(d.sources).toEqual([]);
  });

  it('limits passage length at a sentence end', () => {
    const long = [{ articleId: 'x', title: 'Long', passage: 'First sentence here. '.repeat(60) }];
    const d = offlineDraft({ ticket: ticket(), snippets: long, maxPassageChars: 100 });
    const line = d.text.split('\n').find((l) => l.startsWith('First'))!;
    expect(line.length).toBeLessThan(110);
    expect(line).toMatch(/here\. \[1\]$/);
  });
  it('quotes only snippets close to the best hit when they carry ranking scores (no parcel article on a 2FA ticket)', () => {
    const scored = [
      { articleId: '2fa', title: 'Two-factor codes', passage: 'Use a backup code when the SMS does not arrive.', score: 10 },
      { articleId: 'parcel', title: 'My parcel is late', passage: 'Parcels can take 5 business days.', score: 3 },
    ];
    const d = offlineDraft({ ticket: ticket(), snippets: scored });
    expect(d.text).toContain('Use a backup code');
    expect(d.text).not.toContain('Parcels can take');
    expect(d.sources.map((s) => s.title)).toEqual(['Two-factor codes']);
  });
});
