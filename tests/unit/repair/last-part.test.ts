// lastPart (lib/repair/build.ts): the message's own selector inside the thread selector the picker made, read with
// a CSS parser rather than split at spaces.
import { describe, expect, it } from 'vitest';
import { lastPart } from '../../../lib/repair/build';

describe('lastPart', () => {
  it('takes the last compound of the last ">>>" part', () => {
    expect(lastPart('od-shell >>> od-message')).toBe('od-message');
    expect(lastPart('div.timeline > article.message[data-kind="x"]')).toBe('article.message[data-kind="x"]');
    expect(lastPart('#t .m:nth-child(2)')).toBe('.m:nth-child(2)');
  });

  it('does not cut inside a quoted attribute value', () => {
    expect(lastPart('.thread [data-author="Jane Doe"]')).toBe('[data-author="Jane Doe"]');
  });
});
