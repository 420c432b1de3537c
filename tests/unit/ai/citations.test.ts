import { describe, expect, it } from 'vitest';
import { formatSourceList, mapCitations, numberSnippets, sourcesOf } from '../../../lib/ai/citations';
import { snippets } from './helpers';

const sources = sourcesOf(numberSnippets(snippets));

describe('citation mapping', () => {
  it('maps [n] markers to their articles in order of first use', () => {
    const out = mapCitations('Labels are free [2]. Refunds take 5 days [1]. Again [2].', sources);
    expect(out.text).toBe('Labels are free [2]. Refunds take 5 days [1]. Again [2].');
    expect(out.cited.map((s) => s.articleId)).toEqual(['kb-returns', 'kb-refunds']);
    expect(out.markers.map((m) => m.n)).toEqual([2, 1, 2]);
    expect(out.text.slice(out.markers[1].index, out.markers[1].index + 3)).toBe('[1]');
    expect(out.invalid).toEqual([]);
  });

  it('strips invented numbers and reports them', () => {
    const out = mapCitations('Policy says so [3]. Real [1]. Mixed [1, 4]. Range [1-2].', sources);
    expect(out.invalid).toEqual([3, 4]);
    expect(out.text).toBe('Policy says so. Real [1]. Mixed [1]. Range [1-2].');
    expect(out.cited.map((s) => s.n)).toEqual([1, 2]);
  });

  it('leaves placeholders, prices and bracketed words alone', () => {
    const text = 'Mail [EMAIL_1] about [PHONE_2], costs [USD 5], see [link].';
    const out = mapCitations(text, sources);
    expect(out.text).toBe(text);
    expect(out.cited).toEqual([]);
  });

  it('formats a source list with links', () => {
    expect(formatSourceList(sources)).toBe('[1] Refund timelines — https://help.acme.test/refunds\n[2] How to return an item');
  });
});
