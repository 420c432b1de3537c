// The frozen, blind-written test set (tests/fixtures/sentiment/independent/, issue 15). Report on it only:
// never tune on it, never read its individual misses (this module prints aggregate figures per kind and language).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AlertKind, AssessOptions } from '../lib/sentiment';
import { evaluateLabelled, type KindFigures, type LabelledMessage } from '../tests/scoring/sentiment-labelled';
import { repoRoot } from './sentiment-goemotions';

export const INDEPENDENT_KINDS: AlertKind[] = ['anger', 'legal_threat', 'churn_risk', 'human_requested', 'urgency', 'repeat_contact'];

export interface IndependentMessage { id: string; lang: string; text: string; labels: AlertKind[] }

export function loadIndependent(root = repoRoot()): IndependentMessage[] {
  const path = join(root, 'tests', 'fixtures', 'sentiment', 'independent', 'messages.jsonl');
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as IndependentMessage);
}

/** Per-kind figures on the frozen set (negative_trend is not labelled there and is left out). */
export function evaluateIndependent(msgs: IndependentMessage[], options?: AssessOptions): KindFigures[] {
  const items: LabelledMessage[] = msgs.map((m) => ({ text: m.text, kinds: m.labels }));
  return evaluateLabelled(items, options).perKind.filter((k) => INDEPENDENT_KINDS.includes(k.kind));
}
