// Quality measures shared by bench/kb.ts: MRR@10 and recall@k over labelled queries.
import type { LabelledQuery } from './kb-data';

export interface Quality { mrr10: number; recall1: number; recall5: number; n: number }

export function evaluate(queries: LabelledQuery[], rank: (q: LabelledQuery['query']) => string[]): Quality {
  let mrr = 0, r1 = 0, r5 = 0;
  for (const q of queries) {
    const ids = rank(q.query).slice(0, 10);
    const pos = ids.indexOf(q.target);
    if (pos >= 0) mrr += 1 / (pos + 1);
    if (pos === 0) r1++;
    if (pos >= 0 && pos < 5) r5++;
  }
  const n = queries.length || 1;
  return { mrr10: mrr / n, recall1: r1 / n, recall5: r5 / n, n: queries.length };
}
