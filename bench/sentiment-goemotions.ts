// GoEmotions as a check on scoreMessage: anger, annoyance and disapproval stand in for an unhappy customer,
// every other emotion (sadness and grief included) does not. Plain VADER and plain AFINN run on the same
// messages in the same process for comparison.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import vader from 'vader-sentiment';
import Sentiment from 'sentiment';

export const NEGATIVE_EMOTIONS = ['anger', 'annoyance', 'disapproval'];

export interface Example {
  text: string;
  negative: boolean;
}

/** The repository root: scripts/run-ts.mjs sets argv[1] to the bench script it runs (the bundle itself lives
 *  in node_modules/.cache, which may be a symlink elsewhere); otherwise (vitest) the working directory. */
export function repoRoot(): string {
  const script = process.argv[1] ?? '';
  return /[\\/]bench[\\/][^\\/]+\.ts$/.test(script) ? resolve(dirname(script), '..') : process.cwd();
}

/** ../shared/data relative to the repository root (CI keeps shared/ beside the checkout). */
export function sharedDataDir(): string {
  // (SHARED_DATA names it elsewhere: a git worktree is not beside shared/)
  const dir = process.env.SHARED_DATA ? resolve(process.env.SHARED_DATA) : resolve(repoRoot(), '..', 'shared', 'data');
  if (existsSync(join(dir, 'goemotions', 'labels.txt'))) return dir;
  throw new Error(
    `GoEmotions not found: expected ${join(dir, 'goemotions')} (labels.txt, test.tsv, dev.tsv). ` +
      'Put the shared data folder beside the checkout (../shared/data), as CI does.',
  );
}

export function loadGoEmotions(split: 'test' | 'dev'): Example[] {
  const dir = join(sharedDataDir(), 'goemotions');
  const labels = readFileSync(join(dir, 'labels.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const negIds = new Set(NEGATIVE_EMOTIONS.map((n) => {
    const id = labels.indexOf(n);
    if (id < 0) throw new Error(`label ${n} missing from labels.txt`);
    return String(id);
  }));
  const out: Example[] = [];
  for (const line of readFileSync(join(dir, `${split}.tsv`), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [text, ids] = line.split('\t');
    if (text === undefined || ids === undefined) continue;
    out.push({ text, negative: ids.split(',').some((id) => negIds.has(id.trim())) });
  }
  return out;
}

/** A split with each comment's emotion names (for the alert checks in sentiment-public.ts). */
export function loadGoEmotionsWithLabels(split: 'test' | 'dev'): { text: string; labels: string[] }[] {
  const dir = join(sharedDataDir(), 'goemotions');
  const names = readFileSync(join(dir, 'labels.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const out: { text: string; labels: string[] }[] = [];
  for (const line of readFileSync(join(dir, `${split}.tsv`), 'utf8').split('\n')) {
    const [text, ids] = line.split('\t');
    if (!text || ids === undefined) continue;
    out.push({ text, labels: ids.split(',').map((id) => names[Number(id.trim())] ?? '') });
  }
  return out;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  predictedPositive: number;
}

export function prf(gold: boolean[], pred: boolean[]): Prf {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, predictedPositive: tp + fp };
}

export function vaderCompound(texts: string[]): number[] {
  return texts.map((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound);
}

export function afinnScores(texts: string[]): number[] {
  const s = new Sentiment();
  return texts.map((t) => s.analyze(t).score);
}

/** Best threshold on one split: predict negative when score <= threshold. */
export function bestThreshold(scores: number[], gold: boolean[], candidates: number[]): { threshold: number; f1: number } {
  let best = { threshold: candidates[0]!, f1: -1 };
  for (const th of candidates) {
    const f1 = prf(gold, scores.map((s) => s <= th)).f1;
    if (f1 > best.f1) best = { threshold: th, f1 };
  }
  return best;
}
