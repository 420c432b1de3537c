// Scores assessTicket against the hand-labelled alert set (tests/fixtures/sentiment/alerts-labelled.json).
// Shared by bench/sentiment.ts (prints the figures) and the unit test (asserts the floors).
import type { TicketSnapshot } from '../../adapters/types';
import { assessTicket, type AlertKind, type AssessOptions } from '../../lib/sentiment';

export interface LabelledMessage {
  text: string;
  kinds: AlertKind[];
  /** earlier messages by the same customer, oldest first (for negative_trend) */
  previous?: string[];
}

export const ALL_KINDS: AlertKind[] = [
  'anger', 'legal_threat', 'churn_risk', 'human_requested', 'urgency', 'repeat_contact', 'negative_trend',
];

export interface KindFigures {
  kind: AlertKind;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function ticketFor(item: LabelledMessage): TicketSnapshot {
  const texts = [...(item.previous ?? []), item.text];
  return {
    helpdesk: 'fixture', ticketId: 'labelled', url: 'https://example.test/t', subject: '', tags: [], requester: {},
    messages: texts.map((text) => ({ author: { role: 'customer' as const }, text })),
  };
}

/** Predicted kinds for the item's own message (alerts raised on earlier messages do not count). */
export function predictKinds(item: LabelledMessage, options?: AssessOptions): Set<AlertKind> {
  const ticket = ticketFor(item);
  const last = ticket.messages.length - 1;
  return new Set(assessTicket(ticket, options).alerts.filter((a) => a.messageIndex === last).map((a) => a.kind));
}

export function evaluateLabelled(items: LabelledMessage[], options?: AssessOptions): { perKind: KindFigures[]; errors: { text: string; missed: AlertKind[]; extra: AlertKind[] }[] } {
  const counts = new Map(ALL_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, support: 0 }]));
  const errors: { text: string; missed: AlertKind[]; extra: AlertKind[] }[] = [];
  for (const item of items) {
    const predicted = predictKinds(item, options);
    const gold = new Set(item.kinds);
    const missed: AlertKind[] = [];
    const extra: AlertKind[] = [];
    for (const k of ALL_KINDS) {
      const c = counts.get(k)!;
      if (gold.has(k)) c.support++;
      if (gold.has(k) && predicted.has(k)) c.tp++;
      else if (gold.has(k)) {
        c.fn++;
        missed.push(k);
      } else if (predicted.has(k)) {
        c.fp++;
        extra.push(k);
      }
    }
    if (missed.length || extra.length) errors.push({ text: item.text, missed, extra });
  }
  const perKind = ALL_KINDS.map((kind) => {
    const c = counts.get(kind)!;
    return {
      kind, ...c,
      precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1,
      recall: c.support ? c.tp / c.support : 1,
    };
  });
  return { perKind, errors };
}
