// Public tuning checks for the alert kinds (issue 15): BANKING77 intents that are (or are not) a signal, and
// GoEmotions' anger. These are tuning data: patterns may be written from what they show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { AlertKind, AssessOptions } from '../lib/sentiment';
import { assessTicket } from '../lib/sentiment';
import { loadGoEmotionsWithLabels, sharedDataDir } from './sentiment-goemotions';

const ticket = (text: string) => ({
  helpdesk: 'bench', ticketId: 'p', url: '', subject: '', tags: [], requester: {},
  messages: [{ author: { role: 'customer' as const }, text }],
});

function rate(texts: string[], kind: AlertKind, options: AssessOptions): number {
  if (!texts.length) return 0;
  let n = 0;
  for (const t of texts) if (assessTicket(ticket(t), options).alerts.some((a) => a.kind === kind)) n++;
  return n / texts.length;
}

/** Rows of the public checks: which intent, which kind, whether it should fire, and the rate per matcher. */
export function publicChecks(): { set: string; kind: AlertKind; should: boolean; n: number; phrases: number; meaning: number; combined: number }[] {
  const rows = Papa.parse<{ text: string; category: string }>(readFileSync(join(sharedDataDir(), 'banking77', 'test.csv'), 'utf8'), {
    header: true, skipEmptyLines: true,
  }).data;
  const by = (c: string) => rows.filter((r) => r.category === c).map((r) => r.text);
  const others = (cs: string[]) => rows.filter((r) => !cs.includes(r.category)).map((r) => r.text);
  const checks: { set: string; texts: string[]; kind: AlertKind; should: boolean }[] = [
    { set: 'BANKING77 terminate_account', texts: by('terminate_account'), kind: 'churn_risk', should: true },
    { set: 'BANKING77 cancel_transfer', texts: by('cancel_transfer'), kind: 'churn_risk', should: false },
    { set: 'BANKING77 other intents', texts: others(['terminate_account']), kind: 'churn_risk', should: false },
    { set: 'BANKING77 compromised_card', texts: by('compromised_card'), kind: 'urgency', should: true },
    { set: 'BANKING77 all other intents', texts: others(['compromised_card', 'lost_or_stolen_card', 'lost_or_stolen_phone']), kind: 'urgency', should: false },
    { set: 'BANKING77 all intents', texts: rows.map((r) => r.text), kind: 'legal_threat', should: false },
    { set: 'BANKING77 all intents', texts: rows.map((r) => r.text), kind: 'human_requested', should: false },
  ];
  // (the even rows, 2nd, 4th, ...: the anger kind trains on the odd ones, scripts/train-alerts.ts)
  const go = loadGoEmotionsWithLabels('dev').filter((_, i) => i % 2 === 1);
  checks.push({ set: 'GoEmotions dev even rows, anger', texts: go.filter((e) => e.labels.includes('anger')).map((e) => e.text), kind: 'anger', should: true });
  checks.push({ set: 'GoEmotions dev even rows, joy/gratitude/...', texts: go.filter((e) => e.labels.some((l) => ['joy', 'gratitude', 'approval', 'love'].includes(l)) && !e.labels.includes('anger')).map((e) => e.text), kind: 'anger', should: false });
  return checks.map((c) => ({ set: c.set, kind: c.kind, should: c.should, n: c.texts.length, phrases: rate(c.texts, c.kind, { matcher: 'phrases' }), meaning: rate(c.texts, c.kind, { detector: 'rules' }), combined: rate(c.texts, c.kind, { detector: 'combined' }) }));
}
