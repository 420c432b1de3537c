// Agent feedback (thumbs up/down) turned into ranking factors. Two levels: what this agent said about an article
// on this very ticket (strong: they already judged it), and what all agents said about it across tickets
// (gentle, smoothed so two votes cannot bury a good article).
import type { KbFeedback } from '../db';

export interface FeedbackSignals {
  /** Votes on the ticket being ranked: articleId -> 1 (helpful) | -1 (not helpful). */
  ticket?: Record<string, 1 | -1>;
  /** Votes across all tickets: articleId -> counts. */
  aggregate?: Record<string, { up: number; down: number }>;
}

const TICKET_UP = 1.6;
const TICKET_DOWN = 0.15;
/** Pseudo-votes: an article needs several votes before its aggregate moves it much. */
const PRIOR_VOTES = 4;
const AGGREGATE_SPAN = 0.5;

/** Multiplicative factor for one article's score. */
export function feedbackFactor(articleId: string, fb: FeedbackSignals | undefined): number {
  if (!fb) return 1;
  let factor = 1;
  const vote = fb.ticket?.[articleId];
  if (vote === 1) factor *= TICKET_UP;
  else if (vote === -1) factor *= TICKET_DOWN;
  const agg = fb.aggregate?.[articleId];
  if (agg) {
    const net = (agg.up - agg.down) / (agg.up + agg.down + PRIOR_VOTES); // in (-1, 1)
    factor *= 1 + AGGREGATE_SPAN * net;
  }
  return factor;
}

/** Builds signals from the kbFeedback table rows (all rows; the ones of `ticketKey` also count per ticket). */
export function feedbackFromRows(rows: KbFeedback[], ticketKey?: string): FeedbackSignals {
  const ticket: Record<string, 1 | -1> = {};
  const aggregate: Record<string, { up: number; down: number }> = {};
  for (const r of rows) {
    const a = (aggregate[r.articleId] ??= { up: 0, down: 0 });
    if (r.vote === 1) a.up++;
    else a.down++;
    if (ticketKey && r.ticketKey === ticketKey) ticket[r.articleId] = r.vote;
  }
  return { ticket, aggregate };
}
