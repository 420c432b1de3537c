import { describe, expect, it } from 'vitest';
import { splitByStrength } from '../../../lib/kb/shown';

const hits = (...scores: number[]) => scores.map((score, i) => ({ articleId: `a${i}`, score }));

describe('splitByStrength', () => {
  it('keeps hits at least half as strong as the best, the rest are weaker', () => {
    const { strong, weaker } = splitByStrength(hits(10, 6, 5, 4.9, 1));
    expect(strong.map((h) => h.score)).toEqual([10, 6, 5]);
    expect(weaker.map((h) => h.score)).toEqual([4.9, 1]);
  });
  it('always shows the best hit, and everything when all are close', () => {
    expect(splitByStrength(hits(3)).strong).toHaveLength(1);
    expect(splitByStrength(hits(3, 2.9, 2.8)).weaker).toEqual([]);
    expect(splitByStrength(hits(0, 0)).strong).toHaveLength(1);
    expect(splitByStrength([])).toEqual({ strong: [], weaker: [] });
  });
});
