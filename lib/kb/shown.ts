// Which ranked snippets the panel shows as answers, and which it keeps behind "show weaker matches". A hit is
// strong when its score is at least a share of the best hit's score: ranking scores are not comparable across
// tickets, but within one ticket a hit far below the best one is, on BANKING77 and ABCD, nearly never the right
// article (bench/kb.ts, section "shown snippets", measured the share below). The best hit is always shown.
import type { KbHit } from './index';

/** Share of the best hit's score a hit needs to be shown as an equal (tuned in bench/kb.ts --only=shown). */
export const STRONG_SHARE = 0.5;

export function splitByStrength<T extends Pick<KbHit, 'score'>>(hits: T[], share = STRONG_SHARE): { strong: T[]; weaker: T[] } {
  const best = hits[0]?.score ?? 0;
  if (!(best > 0)) return { strong: hits.slice(0, 1), weaker: hits.slice(1) };
  const cut = hits.findIndex((h, i) => i > 0 && h.score < best * share);
  return cut < 0 ? { strong: hits, weaker: [] } : { strong: hits.slice(0, cut), weaker: hits.slice(cut) };
}
