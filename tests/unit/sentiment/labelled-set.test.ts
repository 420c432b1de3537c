import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_KINDS, evaluateLabelled, type LabelledMessage } from '../../scoring/sentiment-labelled';

const items = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'sentiment', 'alerts-labelled.json'), 'utf8'),
) as LabelledMessage[];

describe('labelled alert set', () => {
  it('is big and broad enough to mean something', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    for (const k of ALL_KINDS) expect(items.some((i) => i.kinds.includes(k))).toBe(true);
    expect(items.filter((i) => i.kinds.length === 0).length).toBeGreaterThanOrEqual(60);
  });

  // Floors from the issue (precision >= 0.9, recall >= 0.8 for the three that trigger escalation); the other
  // kinds get floors a little under today's figures so a regression fails.
  const floors: Record<string, [number, number]> = {
    legal_threat: [0.9, 0.8], churn_risk: [0.9, 0.8], human_requested: [0.9, 0.8],
    urgency: [0.85, 0.85], repeat_contact: [0.9, 0.9], anger: [0.85, 0.75], negative_trend: [0.8, 0.75],
  };
  const { perKind } = evaluateLabelled(items);
  for (const k of perKind) {
    it(`${k.kind}: precision >= ${floors[k.kind]![0]}, recall >= ${floors[k.kind]![1]}`, () => {
      expect(k.precision).toBeGreaterThanOrEqual(floors[k.kind]![0]);
      expect(k.recall).toBeGreaterThanOrEqual(floors[k.kind]![1]);
    });
  }
});
