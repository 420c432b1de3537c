// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitCitations } from '../../../lib/drafts/citation-parts';
import { createThrottledWriter } from '../../../lib/drafts/throttle';

const sources = [
  { n: 1, articleId: 'a', title: 'Refunds', url: 'https://help.test/refunds' },
  { n: 2, articleId: 'b', title: 'Returns' },
];

describe('splitCitations', () => {
  it('turns known markers into citation parts and leaves everything else as text', () => {
    const parts = splitCitations('Refunds take 5 days [1]. Mail [EMAIL_1] or see [1, 2]; in [2024] we changed it.', sources);
    expect(parts.map((p) => p.kind)).toEqual(['text', 'cite', 'text', 'cite', 'text']);
    expect(parts[1]).toMatchObject({ kind: 'cite', sources: [{ n: 1, source: { url: 'https://help.test/refunds' } }] });
    expect(parts[3]).toMatchObject({ kind: 'cite', sources: [{ n: 1 }, { n: 2, source: { title: 'Returns' } }] });
    expect(parts.filter((p) => p.kind === 'text').map((p) => (p as { text: string }).text).join('|')).toBe(
      'Refunds take 5 days |. Mail [EMAIL_1] or see |; in [2024] we changed it.',
    );
  });

  it('keeps markup-looking text as text (rendered by React as text, never HTML)', () => {
    const parts = splitCitations('<img src=x onerror=alert(1)> [1]', sources);
    expect(parts[0]).toEqual({ kind: 'text', text: '<img src=x onerror=alert(1)> ' });
  });
});

describe('createThrottledWriter', () => {
  it('writes the first value at once, then at most one per interval, and the last value last', async () => {
    let t = 0;
    const written: number[] = [];
    const w = createThrottledWriter<number>(async (v) => void written.push(v), 50, () => t);
    w.push(1);
    expect(written).toEqual([]); // chained: lands after a microtask
    await Promise.resolve();
    await Promise.resolve();
    expect(written).toEqual([1]);
    t = 10;
    w.push(2);
    w.push(3);
    await w.flush();
    expect(written).toEqual([1, 3]);
  });
});
