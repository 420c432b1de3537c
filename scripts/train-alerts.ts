// Trains the learned alert model (issue 15) and writes lib/sentiment/model/weights.ts. Run: npm run train:alerts
// (--check: report only, write nothing). Deterministic: a fixed seed shuffles, the same inputs give the same file.
//
// Training data, tuning only (never the frozen set tests/fixtures/sentiment/independent/, never GoEmotions' test split):
//  - tuning-1 (tests/fixtures/sentiment/alerts-labelled.json) and tuning-2's dev half (even ids) for the six kinds;
//  - tuning-3 to tuning-14 and tuning-16 to -18 (tests/fixtures/sentiment/tuning-3/ … -18/, when present): all but
//    their validation quarters (ids = 1 mod 4); tuning-7 to -14 and -16 were written as resamples of the frozen set's
//    brief (-16 weighted to churn; tuning-15, a ninth, is never trained on: the bench reports it whole); tuning-17 is a
//    systematic grid of churn_risk and repeat_contact wording with hard negatives, tuning-18 one of repeat_contact
//    wording, both taken as resamples too;
//  - BANKING77 train.csv: terminate_account is a customer leaving (churn_risk); every other intent is a plain request
//    with no alert (for urgency, the card and phone security intents are left out: a lost card is arguably urgent);
//  - GoEmotions dev.tsv for the negative-customer label (anger, annoyance, disapproval), as scoreMessage reads it.
// Tuning-2's check half and the fifteen validation quarters are kept out, as the bench splits them.
//
// Learner: logistic regression per kind by FTRL-Proximal (McMahan et al. 2013), the standard online learner for
// hashed sparse features with L1 and L2: it keeps most of the 2^18 weights exactly zero, so the shipped file stays
// small. (ml-logistic-regression, the mljs package, trains on a dense matrix: 2^18 columns by thousands of rows does
// not fit in memory, and few buckets would collide too much. The learner is ~30 lines here.)
// Thresholds per kind come from 5-fold cross-validation on the training data (out-of-fold probabilities): see
// PRECISION_FLOOR.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { ruleSignalsOf } from '../lib/sentiment/assess';
import { decideKind } from '../lib/sentiment/model/combine';
import { extractFeatures, FEATURE_BITS, FEATURE_BUCKETS, FEATURE_MAX_COUNT, hashFeature, signalFeatures } from '../lib/sentiment/model/features';
import { MODEL_KINDS, MODEL_VERSION, negativeSignals, type KindThresholds, type ModelFile } from '../lib/sentiment/model/model';
import { labelOf, normaliseValence, valenceSum } from '../lib/sentiment/score';
import { loadBlindSet, quarterOf } from '../tests/scoring/sentiment-tuning-sets';

const root = resolve(dirname(process.argv[1] ?? fileURLToPath(import.meta.url)), '..');
const K = MODEL_KINDS.length;
const NEG = MODEL_KINDS.indexOf('negative');
/** Whether the rules' verdicts are features of the alert kinds (see the note in main on why they are not). */
const RULE_FEATURES = !process.argv.includes('--no-rules');

export interface TrainOptions {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  epochs: number;
  seed: number;
  /** the negative label's l1 (default: l1) */
  l1Negative?: number;
  /** the negative label's features scaled by naive-Bayes log-count ratios, mixed with 1 by this (0: plain): see nbScales */
  nbNegative?: number;
}
/** l1 3.15 keeps the shipped weights small. With tuning-6 to -8, l1 1.5 was better on every validation split (mean F1
 *  t-7 .848->.856, t-8 .866->.879, t-2 .879->.896) but took the weights from 102 to 149 KB gzip (the size budget is
 *  +15 KB); l1 2: t-7 .853, t-8 .871, and still over. With tuning-9 and -10's quarters too, l1 3 took the weights from
 *  102 to 107 KB gzip (the budget was +3 KB): l1 3.15, 103 KB, mean validation F1 over t-2 check and t-3 to t-10 val
 *  .862 (l1 3: .863; l1 3.5: 97 KB, .859). With tuning-11 and -12's quarters too, l1 3.15 gave 108.1 KB gzip (budget
 *  +1.5 KB): l1 3.4, 103.1 KB (3.3: 105.2 KB; 3.6: 99.2 KB, urgency's confident threshold .775 and its validation recall
 *  down; 4: 91.9 KB, urgency .875 and lower still).
 *  The negative label (GoEmotions dev, 5,426 Reddit comments) then took most of the file, and its own l1 of 12 is
 *  better on dev out of fold (combined F1, seed 15: .445 -> .451; seed 7: .440 -> .447; l1 8: .454 / .444; 16: .448;
 *  24: .445; 36: .434; 5: .448; 2: .445 with 128 KB raw) and takes the weights from 102.8 to 89.0 KB gzip. That room
 *  went back to the alert kinds: l1 2.6, 103.3 KB gzip; over the validation quarters (t-2 check, t-3..t-12 val) mean F1
 *  anger .807 -> .807, legal .907 -> .908, churn .860 -> .868, human .895 -> .894, urgency .883 -> .893, repeat
 *  .866 -> .869 (l1 2.8: 99.2 KB, churn .865, urgency .890; 2.5: 105.4 KB, over the budget).
 *  With tuning-13 and -14's quarters too, l1 2.6 gave 107.2 KB gzip (budget +1.5 KB): l1 2.75, 104.2 KB, then 103.0 KB
 *  with round t-11's rules (more of the work in rule verdicts). */
export const DEFAULT_TRAIN: TrainOptions = { alpha: 0.1, beta: 1, l1: 2.75, l2: 1, epochs: 6, seed: 15, l1Negative: 12, nbNegative: 0.5 };

/** One training example: sparse features (bucket, count), and per kind a label and a weight (0: not used). */
export interface Example {
  idx: Int32Array;
  val: Float64Array;
  y: Uint8Array;
  w: Float64Array;
  /** whether the rules raised each kind (for choosing the combined thresholds) */
  rule: Uint8Array;
  /** whether the rules' filters dropped a hit of each kind (negated, quoted, someone else's, ...), which keeps the
   *  model from alerting on its own) */
  filtered: Uint8Array;
  source: string;
}

function sparse(buckets: ArrayLike<number> & Iterable<number>): { idx: Int32Array; val: Float64Array } {
  const counts = new Map<number, number>();
  for (const b of buckets) counts.set(b, (counts.get(b) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => a - b);
  return { idx: Int32Array.from(keys), val: Float64Array.from(keys.map((k) => Math.min(FEATURE_MAX_COUNT, counts.get(k)!))) };
}

/** Each alert kind weighs only its own rules' signals (verdict, severity, dropped hits), not another kind's. The blind
 *  sets are written with many single-label messages (the frozen brief asks for 40 a kind), so the other kinds'
 *  verdicts taught a kind that alerts exclude one another: with tuning-6 to -8 in training, the churn verdict took
 *  urgency's probability on "If you can't fix this today we will cancel the contract." to 0.09 (without the churn
 *  clause, 0.73) and the model vetoed the rules' urgency. --cross-kind-signals: as before. */
const OWN_SIGNALS_ONLY = !process.argv.includes('--cross-kind-signals');
/** The signal feature names seen in training, by the kind they name ("r:urgency:warning" -> urgency). */
const signalNames = new Map<string, string>();

/** Per bucket and kind (bucket * K + kind), 1 where the weight is held at zero: another kind's signal features. */
export function signalMask(): Uint8Array {
  const mask = new Uint8Array(FEATURE_BUCKETS * K);
  if (!OWN_SIGNALS_ONLY) return mask;
  for (const [name, named] of signalNames) {
    const b = hashFeature(name);
    MODEL_KINDS.forEach((kind, j) => {
      if (kind !== 'negative' && kind !== named) mask[b * K + j] = 1;
    });
  }
  return mask;
}

/** An example for the six alert kinds: the message with the rules' signals. */
export function alertExample(text: string, labels: string[], source: string, weight = 1, skip: string[] = [], ruleFeatures = RULE_FEATURES): Example {
  const { signals } = ruleSignalsOf(text);
  // (without rule features: no verdicts, but the hits the scope filters dropped and why still are, unless --no-rules)
  const kept = ruleFeatures ? signals : { ...signals, kinds: [], dropped: RULE_FEATURES ? signals.dropped : [] };
  for (const name of signalFeatures(kept)) {
    const kind = /^[rd]:([a-z_]+)/.exec(name)?.[1];
    if (kind && MODEL_KINDS.includes(kind as (typeof MODEL_KINDS)[number])) signalNames.set(name, kind);
  }
  const { idx, val } = sparse(extractFeatures(text, kept).buckets);
  const y = new Uint8Array(K);
  const w = new Float64Array(K);
  const rule = new Uint8Array(K);
  const filtered = new Uint8Array(K);
  MODEL_KINDS.forEach((k, j) => {
    if (k === 'negative') return;
    y[j] = labels.includes(k) ? 1 : 0;
    w[j] = skip.includes(k) ? 0 : weight;
    rule[j] = signals.kinds.some((s) => s.kind === k) ? 1 : 0;
    filtered[j] = signals.dropped.some((d) => d.startsWith(`${k}:`)) ? 1 : 0;
  });
  return { idx, val, y, w, rule, filtered, source };
}

/** An example for the negative-customer label. */
export function negativeExample(text: string, negative: boolean, source: string): Example {
  const signals = negativeSignals(normaliseValence(valenceSum(text)));
  const { idx, val } = sparse(extractFeatures(text, signals).buckets);
  const y = new Uint8Array(K);
  const w = new Float64Array(K);
  const rule = new Uint8Array(K);
  y[NEG] = negative ? 1 : 0;
  w[NEG] = 1;
  rule[NEG] = labelOf(text, signals.score) === 'negative' ? 1 : 0;
  return { idx, val, y, w, rule, filtered: new Uint8Array(K), source };
}

/** NB-LR for the negative label (Wang & Manning 2012, "Baselines and bigrams"): each feature of a negative-label
 *  example is scaled by how strongly it tells the classes apart in the training examples, |log(P(f|negative) /
 *  P(f|other))| with add-one smoothing over the examples that contain it, mixed with 1 (1 - mix + mix * r). A
 *  logistic regression on the scaled features is one on the plain features with each weight times its scale, so the
 *  shipped weights carry the scales (withNbScales) and nothing changes at run time. Nested 5-fold cross-validation on
 *  GoEmotions dev (scripts/cv-negative.ts, thresholds chosen inside the training folds, seeds 15/7/23): mean F1
 *  .446 -> .454 at mix 0.5 (1: .448). Per bucket; 1 where no negative-label example has the feature. */
export function nbScales(examples: Example[], mix: number): Float64Array {
  const scales = new Float64Array(FEATURE_BUCKETS).fill(1);
  if (!mix) return scales;
  const pos = new Float64Array(FEATURE_BUCKETS);
  const neg = new Float64Array(FEATURE_BUCKETS);
  let np = 0, nn = 0;
  for (const ex of examples) {
    if (!ex.w[NEG]) continue;
    const counts = ex.y[NEG] ? pos : neg;
    if (ex.y[NEG]) np++;
    else nn++;
    for (let f = 0; f < ex.idx.length; f++) counts[ex.idx[f]!]!++;
  }
  for (let b = 0; b < FEATURE_BUCKETS; b++) {
    if (!pos[b] && !neg[b]) continue;
    const r = Math.abs(Math.log((pos[b]! + 1) / (np + 1)) - Math.log((neg[b]! + 1) / (nn + 1)));
    scales[b] = 1 - mix + mix * r;
  }
  return scales;
}

/** The examples with the negative label's features scaled (the others as they are: they train only the alert kinds). */
export function nbScaled(examples: Example[], scales: Float64Array): Example[] {
  return examples.map((ex) => (ex.w[NEG] ? { ...ex, val: Float64Array.from(ex.val, (v, f) => v * scales[ex.idx[f]!]!) } : ex));
}

/** Weights trained on scaled features, as weights of the plain features (the negative label's times its scale). */
export function withNbScales(w: Float64Array, scales: Float64Array): Float64Array {
  const out = w.slice();
  for (let b = 0; b < FEATURE_BUCKETS; b++) out[b * K + NEG]! *= scales[b]!;
  return out;
}

/** train() with the negative label's NB scaling (o.nbNegative): weights of the plain features. */
export function trainScaled(examples: Example[], o: TrainOptions = DEFAULT_TRAIN): Float64Array {
  const scales = nbScales(examples, o.nbNegative ?? 0);
  return withNbScales(train(nbScaled(examples, scales), o), scales);
}

/** mulberry32: a small seeded PRNG, so the shuffle (and so the weights) are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(xs: T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** FTRL-Proximal for each kind at once; returns dense weights, bucket-major (bucket * K + kind). */
export function train(examples: Example[], o: TrainOptions = DEFAULT_TRAIN, mask = signalMask()): Float64Array {
  const z = new Float64Array(FEATURE_BUCKETS * K);
  const n = new Float64Array(FEATURE_BUCKETS * K);
  // (the negative label's own l1, when set: see DEFAULT_TRAIN)
  const l1s = MODEL_KINDS.map((_, j) => (j === NEG && o.l1Negative !== undefined ? o.l1Negative : o.l1));
  const weight = (i: number) => {
    const zi = z[i]!;
    const l1 = l1s[i % K]!;
    if (Math.abs(zi) <= l1 || mask[i]) return 0;
    return -(zi - Math.sign(zi) * l1) / ((o.beta + Math.sqrt(n[i]!)) / o.alpha + o.l2);
  };
  const rand = prng(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const ex of shuffled(examples, rand)) {
      for (let j = 0; j < K; j++) {
        const sw = ex.w[j]!;
        if (sw === 0) continue;
        let dot = 0;
        for (let f = 0; f < ex.idx.length; f++) dot += weight(ex.idx[f]! * K + j) * ex.val[f]!;
        const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, dot))));
        const g = (p - ex.y[j]!) * sw;
        for (let f = 0; f < ex.idx.length; f++) {
          const i = ex.idx[f]! * K + j;
          if (mask[i]) continue;
          const gi = g * ex.val[f]!;
          const wi = weight(i);
          const sigma = (Math.sqrt(n[i]! + gi * gi) - Math.sqrt(n[i]!)) / o.alpha;
          z[i]! += gi - sigma * wi;
          n[i]! += gi * gi;
        }
      }
    }
  }
  const w = new Float64Array(FEATURE_BUCKETS * K);
  for (let i = 0; i < w.length; i++) w[i] = weight(i);
  return w;
}

export function predict(w: Float64Array, ex: Example): Float64Array {
  const out = new Float64Array(K);
  for (let j = 0; j < K; j++) {
    let dot = 0;
    for (let f = 0; f < ex.idx.length; f++) dot += w[ex.idx[f]! * K + j]! * ex.val[f]!;
    out[j] = 1 / (1 + Math.exp(-dot));
  }
  return out;
}

/** Out-of-fold probabilities by k-fold cross-validation (folds by a seeded shuffle). */
export function crossValidate(examples: Example[], o: TrainOptions, folds = 5): Float64Array[] {
  const order = shuffled(examples.map((_, i) => i), prng(o.seed + 1));
  const fold = new Int32Array(examples.length);
  order.forEach((ex, i) => (fold[ex] = i % folds));
  const out: Float64Array[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    // (the NB scales from the training folds only)
    const w = trainScaled(examples.filter((_, i) => fold[i] !== f), o);
    examples.forEach((ex, i) => {
      if (fold[i] === f) out[i] = predict(w, ex);
    });
  }
  return out;
}

function f1(tp: number, fp: number, fn: number): number {
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

const MAX_VETO = 0.15;
/** A kind whose combined out-of-fold precision stays under the floor with a veto of at most MAX_VETO (anger, urgency
 *  and repeat_contact) keeps its `confident` and then takes the veto with the best out-of-fold F1, up to this (the
 *  model then gives the kind under even odds). Validation splits: precision up on the three kinds (urgency most,
 *  +0.03 to +0.06), recall down 0-0.04, mean F1 unchanged (+0.0003 over the four splits). Choosing the veto with
 *  `confident` for the precision floor instead, up to 0.5, reached 0.9 out of fold and raised validation precision
 *  far more (anger 0.70-0.83 -> 0.82-1.00), but cost recall (anger -0.06 to -0.17): mean F1 -0.011, -0.017 on
 *  tuning-3's quarter. --veto-cap=0.15: as before. Trained with tuning-9 and -10's quarters too, a cap of 0.5 gave
 *  anger a veto of 0.425 and urgency 0.4, which overruled the pinned rule verdicts of alerts.test (the conditional
 *  threat's urgency, the anger thresholds option); capped at 0.3 (anger 0.25, urgency 0.3, the others unchanged) the
 *  mean validation F1 is the same (.862 over t-2 check and t-3 to t-10 val; anger +.003, urgency -.001, urgency
 *  precision -.007); at 0.25, .8615. */
const UNREACHED_VETO = Number(process.argv.find((a) => a.startsWith('--veto-cap='))?.slice(11) ?? 0.3);
/** The alert kinds' thresholds aim at the issue's precision target: among the thresholds whose out-of-fold precision
 *  is at least this, the one with the best recall; a kind no threshold brings there gets the best F1 instead. (Plain
 *  F1 chose thresholds 0.1-0.3 lower: 0.01 better mean F1 on the validation splits, bought with precision well under
 *  0.9 on every kind.) The negative label, reported as F1 on GoEmotions, keeps the best F1. --precision-floor=0: F1. */
const PRECISION_FLOOR = Number(process.argv.find((a) => a.startsWith('--precision-floor='))?.slice(18) ?? 0.9);
/** A kind's own precision floor (--kind-floor=urgency:0.93, repeatable); the others keep PRECISION_FLOOR.
 *  Anger 0.88: with tuning-16's quarters in training (a resample weighted to churn, its ~205 near-churn hard negatives
 *  among them), no anger threshold reached 0.9 out of fold with the old recall: the floor took anger's confident
 *  threshold from 0.4 to 0.8, and mean validation anger (t-2 check, t-3..-14 and -16 val) went .870/.809 -> .911/.743
 *  (F1 .835 -> .811; five blind-set recall floors failed). At 0.88: confident .525, .890/.794 (F1 .833).
 *  Churn 0.88 (with round t-16's rules): confident .425 -> .3, alone .35 -> .275; mean validation churn .881/.863 ->
 *  .872/.878 (F1 .868 -> .872; before tuning-16 and the rules: .875/.871, .870): churn's recall is what the frozen set
 *  lacks (precision 1.000 there, recall .847). */
const KIND_FLOORS: Record<string, number> = {
  // Anger 0.87 (round t-18): with tuning-18's quarters in training the 0.88 floor took anger's confident threshold from
  // .575 to .8 and mean validation anger went .844/.745 -> .869/.724 (five blind-set recall floors failed); at 0.87,
  // confident .6: .844/.747 (F1 .782 -> .783); at 0.86, confident .475: .823/.760 (F1 .781).
  anger: 0.87,
  churn_risk: 0.88,
  // Repeat 0.92 (round t-18, tuning-18's three quarters in training: a grid 65 % repeat_contact, whose hard negatives the
  // rules now filter): at the default 0.9 the out-of-fold floor was reached at confident .325 (was .65) and mean
  // validation repeat (t-2 check, t-3..-14, -16..-18 val, combined) went .908/.864 -> .865/.927 (F1 .883 -> .894); at
  // 0.91 confident .475, alone .325: .882/.910 (F1 .894), but tuning-6's validation repeat precision fell under its
  // floor (.853 < .87: fp 2 -> 5); at 0.92 confident .65, alone .375 (as before): .888/.887 (F1 .886), every
  // validation floor held.
  repeat_contact: 0.92,
  ...Object.fromEntries(process.argv.filter((a) => a.startsWith('--kind-floor=')).map((a) => a.slice(13).split(':')).map(([k, v]) => [k!, Number(v)])),
};
const GRID = Array.from({ length: 39 }, (_, i) => 0.05 + i * 0.025);

export interface ChosenThresholds extends KindThresholds {
  /** out-of-fold figures of the rules alone, the model alone (at `alone`) and the two combined */
  oof: Record<'rules' | 'alone' | 'combined', { p: number; r: number; f1: number }>;
}

/** Per kind: `alone` for the model alone; `veto` and `confident` for the model beside the rules (a rule hit stands
 *  unless p < veto; the model alerts on its own at p >= confident, unless the rules' filters dropped a hit of the
 *  kind), on out-of-fold probabilities of the examples given: each reaches the precision floor with the best
 *  recall, else has the best F1. */
export function chooseThresholds(examples: Example[], oof: Float64Array[], floor = PRECISION_FLOOR): Record<string, ChosenThresholds> {
  const out: Record<string, ChosenThresholds> = {};
  MODEL_KINDS.forEach((kind, j) => {
    const rows = examples.map((ex, i) => ({ y: ex.y[j]!, rule: ex.rule[j]!, filtered: ex.filtered[j]!, p: oof[i]![j]!, w: ex.w[j]! })).filter((r) => r.w > 0);
    const counts = (decide: (r: (typeof rows)[number]) => boolean) => {
      let tp = 0, fp = 0, fn = 0;
      for (const r of rows) {
        const d = decide(r);
        if (d && r.y) tp += r.w;
        else if (d) fp += r.w;
        else if (r.y) fn += r.w;
      }
      return { p: tp / Math.max(1e-9, tp + fp), r: tp / Math.max(1e-9, tp + fn), f1: f1(tp, fp, fn) };
    };
    const kindFloor = kind === 'negative' ? 0 : (KIND_FLOORS[kind] ?? floor);
    // thresholds that reach the floor rank above every one that does not, by recall and then F1; the rest by F1
    const rank = (c: { p: number; r: number; f1: number }) => (kindFloor > 0 && c.p >= kindFloor ? 2 + c.r + c.f1 / 100 : c.f1);
    let alone = { t: 0.5, rank: -1 };
    for (const t of GRID) {
      const v = rank(counts((r) => r.p >= t));
      if (v > alone.rank) alone = { t, rank: v };
    }
    let comb = { veto: 0, confident: 1, rank: -1 };
    // (a veto is the model strongly disagreeing: at most 0.15, whatever the figures would prefer; but see UNREACHED_VETO)
    // (the negative label's model learned from Reddit comments: it may overrule the lexicon on a customer's message only
    // when very sure, at most 0.05; a higher veto, chosen on GoEmotions, dropped plain support complaints)
    const combined = (veto: number, confident: number) => counts((r) => decideKind('combined', r.rule === 1, r.p, { alone: 1, veto, confident }, r.filtered === 1) !== null);
    for (const veto of [0, ...GRID.filter((t) => t <= (kind === 'negative' ? 0.05 : MAX_VETO))]) {
      for (const confident of GRID.filter((t) => t >= 0.3)) {
        const v = rank(combined(veto, confident));
        if (v > comb.rank + 1e-9) comb = { veto, confident, rank: v };
      }
    }
    if (kindFloor > 0 && combined(comb.veto, comb.confident).p < kindFloor) {
      let best = { veto: comb.veto, f1: -1 };
      for (const veto of [0, ...GRID.filter((t) => t <= UNREACHED_VETO)]) {
        const f = combined(veto, comb.confident).f1;
        if (f > best.f1 + 1e-9) best = { veto, f1: f };
      }
      comb = { ...comb, veto: best.veto };
    }
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    const t = { alone: r3(alone.t), veto: r3(comb.veto), confident: r3(comb.confident) };
    out[kind] = {
      ...t,
      oof: {
        rules: counts((r) => r.rule === 1),
        alone: counts((r) => r.p >= t.alone),
        combined: counts((r) => decideKind('combined', r.rule === 1, r.p, t, r.filtered === 1) !== null),
      },
    };
  });
  return out;
}

// ---------------------------------------------------------------- data

interface BlindMessage { id: string; lang: string; text: string; labels: string[] }

function jsonl(path: string): BlindMessage[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as BlindMessage);
}
const idNumber = (id: string) => Number(id.slice(id.lastIndexOf('-') + 1));

/** ../shared/data beside the checkout, as CI has it; ../../shared/data from a git worktree in a folder beside the
 *  checkout; SHARED_DATA names it anywhere else. */
export function sharedData(dir = root): string {
  if (process.env.SHARED_DATA) return resolve(process.env.SHARED_DATA);
  const beside = resolve(dir, '..', 'shared', 'data');
  const above = resolve(dir, '..', '..', 'shared', 'data');
  return existsSync(beside) || !existsSync(above) ? beside : above;
}

/** The files whose content decides the weights: the data, this script, and the code that makes features. */
export function trainingInputs(dir = root): string[] {
  const files = [
    'scripts/train-alerts.ts',
    'tests/fixtures/sentiment/alerts-labelled.json',
    'tests/fixtures/sentiment/tuning-2/messages.jsonl',
    ...['match.ts', 'scope.ts', 'assess.ts', 'score.ts', 'lexicon.ts', 'language.ts', 'model/features.ts', 'model/model.ts'].map((f) => `lib/sentiment/${f}`),
    ...readdirSync(join(dir, 'lib', 'sentiment', 'phrases')).sort().map((f) => `lib/sentiment/phrases/${f}`),
  ];
  for (const t of BLIND_SETS) {
    if (existsSync(join(dir, 'tests', 'fixtures', 'sentiment', t, 'messages.jsonl'))) files.push(`tests/fixtures/sentiment/${t}/messages.jsonl`);
  }
  return files.map((f) => join(dir, f)).concat(
    ['banking77/train.csv', 'goemotions/dev.tsv', 'goemotions/labels.txt'].map((f) => join(sharedData(dir), f)),
  );
}

export function inputsHash(dir = root): string {
  const h = createHash('sha256');
  for (const f of trainingInputs(dir)) {
    h.update(f.slice(f.lastIndexOf('/', f.lastIndexOf('/') - 1)));
    // (line endings normalised: a checkout with CRLF hashes the same)
    h.update(readFileSync(f, 'utf8').replace(/\r\n/g, '\n'));
  }
  return h.digest('hex').slice(0, 32);
}

/** The blind tuning sets whose three quarters train the model (--no-tuning4 and so on leave one out). */
const BLIND_SETS = ['tuning-3', 'tuning-4', 'tuning-5', 'tuning-6', 'tuning-7', 'tuning-8', 'tuning-9', 'tuning-10', 'tuning-11', 'tuning-12', 'tuning-13', 'tuning-14', 'tuning-16', 'tuning-17', 'tuning-18'] as const;

/** Tuning-7 to -14 resample the frozen set's brief: their examples may weigh more than the older sets'. Tried at 2:
 *  validation mean F1 t-7 .848->.862, t-8 .866->.877, t-6 +.018, but t-4 -.006, t-5 -.008, and urgency's veto rose to
 *  0.35, which vetoed the pinned conditional threat of alerts.test (p .347); at 1.5, the veto 0.4. So 1. */
const RESAMPLES = new Set<string>(['tuning-7', 'tuning-8', 'tuning-9', 'tuning-10', 'tuning-11', 'tuning-12', 'tuning-13', 'tuning-14', 'tuning-16', 'tuning-17', 'tuning-18']);
const RESAMPLE_WEIGHT = Number(process.argv.find((a) => a.startsWith('--resample-weight='))?.slice(18) ?? 1);

/** BANKING77 train rows kept as plain requests (a fixed sample: all 10,003 would drown the alert sets). */
const BANKING_SAMPLE = 2500;
const BANKING_WEIGHT = Number(process.argv.find((a) => a.startsWith('--banking-weight='))?.slice(17) ?? 0.5);
/** Weight of GoEmotions dev's comments as anger examples (its 'anger' label); 0: not used. Only the odd rows (1st,
 *  3rd, ...): the even rows stay out, for the bench's check of anger on happy comments. Tuning-4's slang and capitals
 *  taught the anger kind to fire on 13.5% of those happy comments; with these, 3.3%, and mean F1 on the three
 *  validation splits 0.810 -> 0.815 (0.5: 2.2%, 0.808). */
const GOEMOTIONS_ANGER = Number(process.argv.find((a) => a.startsWith('--goemotions-anger='))?.slice(19) ?? 0.2);
const URGENT_INTENTS = new Set(['compromised_card', 'lost_or_stolen_card', 'lost_or_stolen_phone']);

export function loadTraining(dir = root): { examples: Example[]; counts: Record<string, number> } {
  const examples: Example[] = [];
  const counts: Record<string, number> = {};
  const add = (ex: Example) => {
    examples.push(ex);
    counts[ex.source] = (counts[ex.source] ?? 0) + 1;
  };
  const t1 = JSON.parse(readFileSync(join(dir, 'tests', 'fixtures', 'sentiment', 'alerts-labelled.json'), 'utf8')) as { text: string; kinds: string[] }[];
  // The rules' verdicts are not features of these two: the rules were written against them, and their verdicts there
  // are too good to learn trust from (the hits they dropped, and why, still are). With tuning-4 in training this is
  // 0.01 mean F1 better on the three validation splits, over three seeds; --rule-features-everywhere: as before.
  const verdicts = process.argv.includes('--rule-features-everywhere');
  for (const m of t1) add(alertExample(m.text, m.kinds, 'tuning-1', 1, [], RULE_FEATURES && verdicts));
  for (const m of jsonl(join(dir, 'tests', 'fixtures', 'sentiment', 'tuning-2', 'messages.jsonl'))) {
    if (idNumber(m.id) % 2 === 0) add(alertExample(m.text, m.labels, 'tuning-2 dev', 1, [], RULE_FEATURES && verdicts));
  }
  for (const set of BLIND_SETS) {
    if (process.argv.includes(`--no-${set.replace('-', '')}`)) continue;
    const weight = RESAMPLES.has(set) ? RESAMPLE_WEIGHT : 1;
    for (const m of loadBlindSet(set, dir)) if (quarterOf(m) === 'train') add(alertExample(m.text, m.labels, `${set} train`, weight));
  }

  const banking = Papa.parse<{ text: string; category: string }>(readFileSync(join(sharedData(dir), 'banking77', 'train.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const rand = prng(77);
  const terminate = banking.filter((r) => r.category === 'terminate_account');
  const rest = shuffled(banking.filter((r) => r.category !== 'terminate_account'), rand).slice(0, BANKING_SAMPLE);
  for (const r of terminate) add(alertExample(r.text, ['churn_risk'], 'banking77 terminate_account', 1));
  const urgentPositive = process.argv.includes('--banking-urgent-positive');
  for (const r of rest) {
    const urgent = URGENT_INTENTS.has(r.category);
    add(alertExample(r.text, urgent && urgentPositive ? ['urgency'] : [], 'banking77 other', BANKING_WEIGHT, urgent && !urgentPositive ? ['urgency'] : []));
  }

  const go = join(sharedData(dir), 'goemotions');
  const names = readFileSync(join(go, 'labels.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const negIds = new Set(['anger', 'annoyance', 'disapproval'].map((n) => String(names.indexOf(n))));
  const angerId = String(names.indexOf('anger'));
  let row = 0;
  for (const line of readFileSync(join(go, 'dev.tsv'), 'utf8').split('\n')) {
    const [text, ids] = line.split('\t');
    if (!text || ids === undefined) continue;
    row++;
    add(negativeExample(text, ids.split(',').some((id) => negIds.has(id.trim())), 'goemotions dev'));
    if (GOEMOTIONS_ANGER > 0 && row % 2 === 1) add(alertExample(text, ids.split(',').some((id) => id.trim() === angerId) ? ['anger'] : [], 'goemotions dev (anger)', GOEMOTIONS_ANGER, ['legal_threat', 'churn_risk', 'human_requested', 'urgency', 'repeat_contact']));
  }
  return { examples, counts };
}

// ---------------------------------------------------------------- the file

export function encodeModel(w: Float64Array, thresholds: Record<string, KindThresholds>, hash: string): ModelFile {
  const scales = MODEL_KINDS.map((_, j) => {
    let max = 0;
    for (let b = 0; b < FEATURE_BUCKETS; b++) max = Math.max(max, Math.abs(w[b * K + j]!));
    return max > 0 ? Number((max / 127).toPrecision(6)) : 1;
  });
  const bytes: number[] = [];
  let last = 0;
  for (let b = 0; b < FEATURE_BUCKETS; b++) {
    const q = MODEL_KINDS.map((_, j) => Math.max(-127, Math.min(127, Math.round(w[b * K + j]! / scales[j]!))));
    if (q.every((x) => x === 0)) continue;
    let delta = b - last;
    last = b;
    do {
      const byte = delta & 0x7f;
      delta = Math.floor(delta / 128);
      bytes.push(delta > 0 ? byte | 0x80 : byte);
    } while (delta > 0);
    // a mask of the kinds with a weight in this bucket (most have one or two), then their int8 weights
    bytes.push(q.reduce((m, x, j) => (x !== 0 ? m | (1 << j) : m), 0));
    for (const x of q) if (x !== 0) bytes.push(x & 0xff);
  }
  return { version: MODEL_VERSION, inputsHash: hash, bits: FEATURE_BITS, kinds: [...MODEL_KINDS], scales, thresholds, data: Buffer.from(bytes).toString('base64') };
}

export function modelSource(file: ModelFile): string {
  const { data, ...rest } = file;
  return [
    '// Generated by scripts/train-alerts.ts (npm run train:alerts): do not edit. The weights of the learned alert model',
    '// (lib/sentiment/model/model.ts reads them); inputsHash names the training data and code that made them.',
    `export const MODEL = ${JSON.stringify(rest)};`,
    '// (one line: a concatenation of thousands of short strings overflows the parser\'s stack)',
    `export const DATA = '${data}';`,
    '',
  ].join('\n');
}

/** Figures on a held-out set (tuning-2's check half, tuning-3's validation quarter): P/R per kind for the rules,
 *  the model alone and the two combined, with the thresholds chosen by cross-validation. */
export function heldOutFigures(w: Float64Array, thresholds: Record<string, KindThresholds>, held: Example[]): string[] {
  const lines: string[] = [];
  const f1s = { rules: 0, alone: 0, combined: 0 };
  MODEL_KINDS.forEach((kind, j) => {
    if (kind === 'negative') return;
    const t = thresholds[kind]!;
    const c = { rules: [0, 0, 0], alone: [0, 0, 0], combined: [0, 0, 0] };
    for (const ex of held) {
      const p = predict(w, ex)[j]!;
      const d = { rules: ex.rule[j] === 1, alone: p >= t.alone, combined: decideKind('combined', ex.rule[j] === 1, p, t, ex.filtered[j] === 1) !== null };
      for (const k of ['rules', 'alone', 'combined'] as const) {
        if (d[k] && ex.y[j]) c[k][0]++;
        else if (d[k]) c[k][1]++;
        else if (ex.y[j]) c[k][2]++;
      }
    }
    const pr = ([tp, fp, fn]: number[]) => `${(tp! / Math.max(1, tp! + fp!)).toFixed(2)}/${(tp! / Math.max(1, tp! + fn!)).toFixed(2)}`;
    lines.push(`  ${kind.padEnd(16)} rules ${pr(c.rules)}  model ${pr(c.alone)}  combined ${pr(c.combined)}`);
    for (const k of ['rules', 'alone', 'combined'] as const) f1s[k] += f1(c[k][0]!, c[k][1]!, c[k][2]!) / 6;
  });
  lines.push(`  mean F1: rules ${f1s.rules.toFixed(3)}  model ${f1s.alone.toFixed(3)}  combined ${f1s.combined.toFixed(3)}`);
  return lines;
}

export function loadHeldOut(dir = root): { name: string; examples: Example[] }[] {
  const t2 = jsonl(join(dir, 'tests', 'fixtures', 'sentiment', 'tuning-2', 'messages.jsonl')).filter((m) => idNumber(m.id) % 2 === 1);
  const out = [{ name: 'tuning-2 check half', examples: t2.map((m) => alertExample(m.text, m.labels, 'tuning-2 check')) }];
  for (const set of BLIND_SETS) {
    const val = loadBlindSet(set, dir).filter((m) => quarterOf(m) === 'validation');
    if (val.length) out.push({ name: `${set} validation quarter`, examples: val.map((m) => alertExample(m.text, m.labels, `${set} validation`)) });
  }
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const opts = { ...DEFAULT_TRAIN };
  for (const a of args) {
    const m = /^--(alpha|beta|l1|l2|epochs|seed|l1Negative|nbNegative)=([\d.]+)$/.exec(a);
    if (m) opts[m[1] as keyof TrainOptions] = Number(m[2]);
  }
  const t0 = performance.now();
  const { examples, counts } = loadTraining();
  console.log(`training examples: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')} (${((performance.now() - t0) / 1000).toFixed(1)} s to read)`);
  const oof = crossValidate(examples, opts);
  // Thresholds from the examples the rules were not written against (tuning-3 to -10, BANKING77, GoEmotions): on
  // tuning-1 and tuning-2's dev half the rules look near perfect, which would teach the combination to trust them
  // blindly. GoEmotions' comments as anger examples are left out too: Reddit's anger, there to teach the model what
  // a happy comment is, would outnumber the customers' and set the anger thresholds for Reddit.
  const unfair = new Set(['tuning-1', 'tuning-2 dev', 'goemotions dev (anger)']);
  const fair = examples.map((ex, i) => (unfair.has(ex.source) ? -1 : i)).filter((i) => i >= 0);
  const chosen = args.includes('--thresholds-all') ? chooseThresholds(examples, oof) : chooseThresholds(fair.map((i) => examples[i]!), fair.map((i) => oof[i]!));
  console.log(`options ${JSON.stringify(opts)}; out-of-fold P/R F1 per kind (rules | model alone | combined) and thresholds:`);
  for (const [k, v] of Object.entries(chosen)) {
    const prf = (x: { p: number; r: number; f1: number }) => `${x.p.toFixed(2)}/${x.r.toFixed(2)} ${x.f1.toFixed(3)}`;
    console.log(`  ${k.padEnd(16)} ${prf(v.oof.rules)} | ${prf(v.oof.alone)} | ${prf(v.oof.combined)}   alone ${v.alone.toFixed(3)} veto ${v.veto.toFixed(3)} confident ${v.confident.toFixed(3)}`);
  }
  const w = trainScaled(examples, opts);
  const thresholds = Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, { alone: v.alone, veto: v.veto, confident: v.confident }]));
  if (args.includes('--held-out')) {
    for (const h of loadHeldOut()) console.log(`${h.name} (${h.examples.length}), P/R:\n${heldOutFigures(w, thresholds, h.examples).join('\n')}`);
  }
  const file = encodeModel(w, thresholds, inputsHash());
  const source = modelSource(file);
  console.log(`weights: ${Math.round(Buffer.from(file.data, 'base64').length / 1024)} KB raw, ${(performance.now() - t0) / 1000 | 0} s in all`);
  if (!args.includes('--check')) {
    writeFileSync(join(root, 'lib', 'sentiment', 'model', 'weights.ts'), source);
    console.log('wrote lib/sentiment/model/weights.ts');
  }
}

if (/train-alerts\.ts$/.test(process.argv[1] ?? '')) await main();
