// Tuning set 2 (tests/fixtures/sentiment/tuning-2/, issue 15): written blind to the detector, but a TUNING set: its
// misses may be read and tuned on. It is split by a fixed rule into a dev half (even id number: the one to read and
// tune on) and a check half (odd id number: read only as aggregate figures, a sanity check of overfitting to dev).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AlertKind, AssessOptions } from '../../lib/sentiment';
import { evaluateLabelled, type KindFigures, type LabelledMessage } from './sentiment-labelled';

/** The six alert kinds the blind sets label (the frozen set's list: bench/sentiment-independent.ts). */
const KINDS: AlertKind[] = ['anger', 'legal_threat', 'churn_risk', 'human_requested', 'urgency', 'repeat_contact'];
export interface Tuning2Message { id: string; lang: string; text: string; labels: AlertKind[] }
type IndependentMessage = Tuning2Message;
const INDEPENDENT_KINDS = KINDS;

export function loadTuning2(root = process.cwd()): IndependentMessage[] {
  const path = join(root, 'tests', 'fixtures', 'sentiment', 'tuning-2', 'messages.jsonl');
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as IndependentMessage);
}

/** The fixed split: "en-014" -> dev (even number), "en-015" -> check (odd number). */
export function tuning2Half(m: IndependentMessage): 'dev' | 'check' {
  const n = Number(m.id.slice(m.id.lastIndexOf('-') + 1));
  return n % 2 === 0 ? 'dev' : 'check';
}

export function evaluateTuning2(msgs: IndependentMessage[], options?: AssessOptions): {
  perKind: KindFigures[]; errors: { id: string; lang: string; text: string; missed: string[]; extra: string[] }[];
} {
  const items: LabelledMessage[] = msgs.map((m) => ({ text: m.text, kinds: m.labels }));
  const { perKind, errors } = evaluateLabelled(items, options);
  const byText = new Map(msgs.map((m) => [m.text, m]));
  return {
    perKind: perKind.filter((k) => INDEPENDENT_KINDS.includes(k.kind)),
    errors: errors.map((e) => ({ id: byText.get(e.text)!.id, lang: byText.get(e.text)!.lang, ...e }))
      .filter((e) => e.missed.some((k) => INDEPENDENT_KINDS.includes(k)) || e.extra.some((k) => INDEPENDENT_KINDS.includes(k))),
  };
}
