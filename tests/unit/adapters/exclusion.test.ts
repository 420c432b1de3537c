// exclusionMatcher (adapters/shared/text.ts): which elements the text walk must test against the quote and skip
// selectors. Elements without attributes are tested only for the tags it names, or when `any` says so.
import { describe, expect, it } from 'vitest';
import { exclusionMatcher } from '../../../adapters/shared/text';

describe('exclusionMatcher', () => {
  it('names the bare tags, and says when any element could match', () => {
    const m = exclusionMatcher('blockquote, .gmail_quote, div > [type="cite"], ul li.x');
    expect([...m.tags].sort()).toEqual(['BLOCKQUOTE', 'blockquote']);
    expect(m.any).toBe(false);
    for (const any of ['*', 'p:not(.x)', 'div > :first-child', 'li::marker']) expect(exclusionMatcher(any).any, any).toBe(true);
  });

  it('reads escaped characters and pseudo-classes in the middle as CSS does', () => {
    expect(exclusionMatcher('.quote\\:old').any).toBe(false); // a class with a colon in its name
    expect(exclusionMatcher('div:hover .q').any).toBe(false); // the subject is .q
    expect(exclusionMatcher('*.q').any).toBe(false); // needs a class: a bare element cannot match
  });
});
